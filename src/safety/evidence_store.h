// EvidenceStore: the repository's text analysed once for claim checking — per chunk, its
// sentences as stemmed term sets (content coverage), their negation flags and numbers; for the
// whole repository, a hashed set of 1- to 3-word phrases (named things must occur somewhere);
// and the FactSheet's numeric facts (numbers derivable from a fact: a commit count, a language
// share, a date).
//
// Built by ClaimChecker::Create from a RepoIndex and its FactSheet; immutable after that and safe
// to share between threads. Holds pointers into `index`'s chunks: the index must outlive it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/fact_sheet.h"
#include "index/repo_index.h"
#include "safety/evidence.h"
#include "text/number_extractor.h"

namespace repopost::safety {

// One sentence of a chunk, analysed.
struct EvidenceWindow {
  std::size_t begin = 0;  // byte span within the chunk text
  std::size_t end = 0;
  int line = 0;       // absolute 1-based line (0 when the chunk has no lines)
  int negations = 0;  // negation words in the window (not, no, never, without, zero, n't)
  std::vector<std::uint64_t> terms;  // sorted, unique hashes of text::IndexTerms
  std::vector<text::Quantity> numbers;
};

struct ChunkAnalysis {
  const index::Chunk* chunk = nullptr;
  std::string lower_text;  // ASCII-lowercased chunk text, for cue phrase lookups
  std::string vocabulary;  // for a fact chunk: the words a post uses to state that kind of fact
  std::optional<core::FactKind> fact_kind;  // for a fact chunk: its fact's kind
  std::vector<EvidenceWindow> windows;
};

// A number the FactSheet states, for "derivable from a fact" checks.
struct FactNumber {
  const core::Fact* fact = nullptr;
  text::Quantity quantity;
  bool is_count_fact = false;  // commit/author/file/line/dependency counts: rounding allowed
  bool is_share = false;       // a language share: percentages within one point allowed
};

class EvidenceStore {
 public:
  EvidenceStore(const core::FactSheet& sheet, const index::RepoIndex& index);

  // Analysis of `chunk` (by its position in index.chunks()).
  const ChunkAnalysis& Analysis(const index::Chunk* chunk) const;
  const std::vector<FactNumber>& fact_numbers() const { return fact_numbers_; }
  // The analyses of the index's fact chunks (one per fact, when the index holds facts).
  const std::vector<const ChunkAnalysis*>& fact_chunks() const { return fact_chunks_; }
  // The facts that list entries of the tree, one per entry (kExample, kDocsPage; ingest caps
  // each list: ingest::kMaxExamples, kMaxDocsPages), in sheet order; empty for other kinds.
  const std::vector<const core::Fact*>& Listed(core::FactKind kind) const;
  // Languages the FactSheet names (lowercase).
  const std::vector<std::string>& languages() const { return languages_; }
  const std::string& project_name() const { return project_name_; }

  // True when the normalised phrase (EntityExtractor::Normalize) occurs in the repository: as
  // a whole when it has at most three tokens, else each 3-token window of it.
  bool HasPhrase(std::string_view normalized) const;
  // True when a one-word name joins two words of the repository ("luajit": "lua" and "jit"),
  // each at least three letters.
  bool HasCompound(std::string_view normalized) const;
  // True when every token of the normalised phrase occurs somewhere in the repository.
  bool HasAllTokens(std::string_view normalized) const;
  // True when a one-word normalised name is a part of an identifier, path or address the
  // repository writes ("showexception" in "Rack::ShowException", "chromium" in "ChromiumEnv",
  // "techempower" in "www.techempower.com"), or such a word with its separators dropped ("nodejs"
  // for "Node.js").
  bool HasNamePart(std::string_view normalized) const;
  // Where a normalised phrase first occurs (a chunk), when it does.
  std::optional<Evidence> LocatePhrase(std::string_view normalized) const;

  // Stable 64-bit hash used for terms and phrases.
  static std::uint64_t Hash(std::string_view s);
  // Sorted unique term hashes of text::IndexTerms(text).
  static std::vector<std::uint64_t> TermHashes(std::string_view text);
  // Number of negation words in the text (not, no, never, without, none, zero, n't).
  static int CountNegations(std::string_view text);

 private:
  void AddPhrases(std::string_view text, std::uint32_t chunk_position);
  // Adds the parts of every identifier-like word of `text` to name_parts_ (evidence_names.cpp).
  void AddNameParts(std::string_view text);

  const index::RepoIndex* index_;
  std::vector<ChunkAnalysis> chunks_;
  std::unordered_map<const index::Chunk*, std::size_t> position_;
  std::unordered_map<std::uint64_t, std::uint32_t> phrases_;  // phrase hash -> chunk position
  std::unordered_set<std::uint64_t> name_parts_;              // hashes of lowercase name parts
  std::vector<FactNumber> fact_numbers_;
  std::vector<const ChunkAnalysis*> fact_chunks_;
  std::vector<std::string> languages_;
  std::map<core::FactKind, std::vector<const core::Fact*>> listed_;
  std::string project_name_;
};

}  // namespace repopost::safety
