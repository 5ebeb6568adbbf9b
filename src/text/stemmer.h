// Stemmer: English Snowball stemming (libstemmer), so "supports", "supported" and "supporting"
// all become "support".
//
//   text::Stemmer stemmer;                 // one per thread
//   std::string stem = stemmer.Stem("running");   // "run"
//   std::string same = text::StemEnglish("running");  // thread-local stemmer, any thread
//
// Thread-safety: a Stemmer object is NOT thread-safe (libstemmer keeps per-call state in the
// sb_stemmer); use one per thread, or StemEnglish(), which keeps one per thread.
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace repopost::text {

class Stemmer {
 public:
  Stemmer();  // English, UTF-8
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a lower-cased word. Words longer than 64 bytes and words containing a digit are
  // returned unchanged (identifiers, hashes and versions have no English suffixes).
  std::string Stem(std::string_view word);

 private:
  sb_stemmer* stemmer_;
};

// Stem() on a thread-local Stemmer, memoised per thread (up to 65,536 words).
std::string StemEnglish(std::string_view word);

}  // namespace repopost::text
