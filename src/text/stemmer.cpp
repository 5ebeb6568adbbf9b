#include "text/stemmer.h"

#include <libstemmer.h>

#include <cstdlib>

namespace repopost::text {
namespace {
constexpr std::size_t kMaxStemmedBytes = 64;
}  // namespace

Stemmer::Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {
  // sb_stemmer_new fails only on an unknown language or out of memory: a broken build.
  if (stemmer_ == nullptr) std::abort();
}

Stemmer::~Stemmer() { sb_stemmer_delete(stemmer_); }

std::string Stemmer::Stem(std::string_view word) {
  if (word.empty() || word.size() > kMaxStemmedBytes) return std::string(word);
  for (char c : word) {
    if (c >= '0' && c <= '9') return std::string(word);
  }
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (stem == nullptr) return std::string(word);  // out of memory inside libstemmer
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

std::string StemEnglish(std::string_view word) {
  thread_local Stemmer stemmer;
  return stemmer.Stem(word);
}

}  // namespace repopost::text
