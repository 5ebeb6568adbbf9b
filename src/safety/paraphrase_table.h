// ParaphraseTable: the words a post may use for a word of the repository. A small built-in table
// of the software words posts and READMEs trade ("tool"/"utility", "library"/"crate") plus, when
// the WordNet data is installed, WordNet's synonyms, one level of hypernyms and derivationally
// related forms (text::WordNet). Without WordNet the checker matches by stemming and the
// built-in table alone.
//
//   ParaphraseTable table(text::WordNet::Shared());
//   std::vector<std::uint64_t> alts = table.Related("speedy", stem_hash);  // hashes of "fast", ...
//
// Thread-safe: lookups are memoised under a mutex. `wordnet` must outlive the table.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/wordnet.h"

namespace repopost::safety {

class ParaphraseTable {
 public:
  explicit ParaphraseTable(const text::WordNet* wordnet);

  // Stem hashes (EvidenceStore::Hash of text::StemEnglish) of the words that may stand for
  // `word` (lowercase) in a faithful paraphrase; sorted and unique, `stem` itself excluded.
  std::vector<std::uint64_t> Related(std::string_view word, std::uint64_t stem) const;

  bool has_wordnet() const { return wordnet_ != nullptr; }

 private:
  const text::WordNet* wordnet_;
  std::unordered_map<std::uint64_t, std::vector<std::uint64_t>> groups_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::vector<std::uint64_t>> memo_;
};

}  // namespace repopost::safety
