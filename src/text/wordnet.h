// WordNet: Princeton WordNet 3.0 (Debian's `wordnet-base`, /usr/share/wordnet) read in place, for
// paraphrase support in the claim checker: "quick" and "fast", "launch" and "start",
// "documentation" and "document", "utility" and its hypernym "tool".
//
//   const text::WordNet* wn = text::WordNet::Shared();   // nullptr when the data is absent
//   if (wn) for (const std::string& lemma : wn->Related("speedy")) { ... }  // "fast", "quick", ...
//
// The database files are memory-mapped and searched on demand (the index files are sorted, the
// data files addressed by byte offset), so opening costs nothing and a lookup reads a few lines.
// Nothing is downloaded: the files come from the Debian package or $REPOPOST_WORDNET_DIR.
// Thread-safety: immutable after Open; Related may be called from any thread.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

namespace repopost::text {

// How far Related reaches. Senses are in WordNet's frequency order; rare senses make unrelated
// words look alike ("run" has 41 verb senses), so only the first few are followed.
struct WordNetReach {
  int synonym_senses = 3;     // synonyms from the first N senses of each part of speech
  int hypernym_senses = 1;    // one level of hypernyms ("utility" -> "tool") from the first N
  int derivation_senses = 3;  // derivationally related forms ("install" -> "installation")
};

class WordNet {
 public:
  ~WordNet();
  WordNet(const WordNet&) = delete;
  WordNet& operator=(const WordNet&) = delete;

  // Opens the database in `dir` (index.{noun,verb,adj,adv}, data.* and *.exc).
  // Errors: kInput when a file is missing or cannot be mapped.
  static core::Result<std::unique_ptr<WordNet>> Open(const std::filesystem::path& dir);

  // The process-wide database from $REPOPOST_WORDNET_DIR, else /usr/share/wordnet, opened at the
  // first call. nullptr when absent; one warning line on stderr then says the checker falls back
  // to stemming alone.
  static const WordNet* Shared();

  // Lemmas related to `word` (lowercase, one word): its base forms (morphology: "installed" ->
  // "install"), the synonyms in its first senses, their hypernyms and derivationally related
  // forms, in every part of speech. Multi-word lemmas are returned with spaces. Excludes `word`.
  std::vector<std::string> Related(std::string_view word, const WordNetReach& reach = {}) const;

  // Base forms of `word` WordNet knows in any part of speech (empty when none).
  std::vector<std::string> BaseForms(std::string_view word) const;

 private:
  struct MappedFile {
    const char* data = nullptr;
    std::size_t size = 0;
  };
  WordNet() = default;

  // The index line of `lemma` in part of speech `pos` (0 noun, 1 verb, 2 adj, 3 adv), or "".
  std::string_view IndexLine(int pos, std::string_view lemma) const;
  std::string_view DataLine(int pos, std::size_t offset) const;
  std::vector<std::string> BaseFormsIn(int pos, std::string_view word) const;

  MappedFile index_[4];
  MappedFile data_[4];
  std::unordered_map<std::string, std::vector<std::string>> exceptions_[4];
};

}  // namespace repopost::text
