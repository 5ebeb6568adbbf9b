// SupportChecker: judges one claim against the repository — retrieves evidence chunks, then checks
// numbers (found in the evidence or derivable from a fact), named things (occur in the
// repository), cue phrases (superlatives, adoption, outcome, first person, affiliation: stated by
// the evidence, its qualifier kept: "always" where it says "generally", "the fastest" where it
// says "one of the fastest" are unsupported), negation (same polarity as the best evidence window;
// never negating a value fact such as a platform), counts of the tree's entries ("10 examples")
// and content coverage (stemmed content words in the best window, with a small synonym table).
//
// Holds references to the store, index and options: all must outlive it. Thread-safe (const).
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "index/repo_index.h"
#include "safety/checker_options.h"
#include "safety/claim.h"
#include "safety/evidence_store.h"
#include "safety/paraphrase_table.h"
#include "safety/safety_report.h"

namespace repopost::safety {

class SupportChecker {
 public:
  SupportChecker(const EvidenceStore& store, const index::RepoIndex& index,
                 const CheckerOptions& options);

  ClaimResult Judge(const Claim& claim) const;

  // True when the claimed quantity matches the repository's (same family and value, allowing
  // rounding when the claim rounds: "10k", "over 5,000", "about 3x").
  bool QuantityMatches(const text::Quantity& claimed, const text::Quantity& found,
                       bool is_count_fact) const;

 private:
  // A claim's content words: sorted unique stem hashes, each with the stems that may stand for it.
  struct ClaimTerms {
    std::vector<std::uint64_t> stems;
    std::vector<std::vector<std::uint64_t>> related;  // parallel to stems
  };
  struct BestWindow {
    const ChunkAnalysis* chunk = nullptr;
    std::size_t window = 0;
    std::size_t span = 1;  // 1 or 2 consecutive windows
    double coverage = 0.0;
    int negations = 0;
    bool all_facts = false;  // the union of every fact chunk, not one window
    // Further windows whose words, with this one's, make up the coverage (aggregated support).
    std::vector<std::pair<const ChunkAnalysis*, std::size_t>> extra;
  };

  // What the names of a claim come to (support_names.cpp).
  struct NameCheck {
    std::vector<CheckedPart> parts;
    std::vector<Evidence> evidence;
    std::vector<std::string> unsupported;     // "name X"
    std::vector<std::string> contradictions;  // "language X" after "written in"
  };
  NameCheck CheckNames(const Claim& claim) const;

  // Support item by item (support_items.cpp): the sentence without a short lead ("Proof: ..."),
  // split into its listed items, each covered by some window of `chunks` or of the chunks found
  // for the item itself. Empty when the sentence has one item and no lead, or an item is not said.
  struct ItemSupport {
    std::size_t items = 0;
    double coverage = 0.0;  // the lowest item coverage
    std::vector<Evidence> evidence;
  };
  std::optional<ItemSupport> ItemsCovered(std::string_view text,
                                          const std::vector<const ChunkAnalysis*>& chunks) const;

  BestWindow FindBestWindow(const ClaimTerms& terms,
                            const std::vector<const ChunkAnalysis*>& chunks) const;
  bool Covers(const std::vector<std::uint64_t>& window_terms, const ClaimTerms& terms,
              std::size_t i) const;
  // A number counts as found in a window only when the window shares at least
  // options.number_window_min_coverage of the claim's content words (or in a fact).
  // A window that shares a word next to the number ("localhost:4567", "6.58s for GNU grep")
  // counts too.
  std::optional<Evidence> FindNumber(const text::Quantity& q, std::string_view claim_text,
                                     const ClaimTerms& terms,
                                     const std::vector<const ChunkAnalysis*>& chunks) const;
  // A count of the tree's entries ("ships 10 examples") that the listed facts match
  // (support_counts.cpp), or nullopt when the claim counts nothing listed or the count differs.
  std::optional<Evidence> ListedCount(const text::Quantity& q, std::string_view claim_text) const;
  double WindowCoverage(const ClaimTerms& terms, const EvidenceWindow& w) const;
  std::vector<std::uint64_t> ContentTerms(std::string_view text) const;
  // True when the repository has the whole text (two words or more) as a phrase.
  bool SaidVerbatim(std::string_view text) const;
  // True for "<a few words>: <command>" whose command (two words or more) the repository has.
  bool CommandFound(std::string_view text) const;
  // ContentTerms with the paraphrases of each word (ParaphraseTable).
  ClaimTerms Terms(std::string_view text) const;
  // The words negated in `text` (each negation's next content word) that are in `other_terms`,
  // sorted and unique: a repeated "zero dependencies" negates the same word once.
  // `scope` (optional) receives every content word within three tokens after a negation.
  std::vector<std::uint64_t> AnchoredNegations(std::string_view text,
                                               const std::vector<std::uint64_t>& other_terms,
                                               std::vector<std::uint64_t>* scope = nullptr) const;
  // The fact windows that cover the claim's words, those covering most first, at most three
  // (support_fact_evidence.cpp: the facts a claim rests on when no one passage says it).
  std::vector<Evidence> CoveringFacts(const ClaimTerms& terms) const;
  // Cue rules (support_qualifiers.cpp): "" when the best evidence itself states the cue, else
  // the unsupported part: "absolute \"always\"", or the qualifier the claim dropped ("dropped
  // qualifier \"generally\" ...", "dropped qualifier \"one of the\" ...").
  std::string CueNotStated(const Claim& claim, const Cue& cue, const BestWindow& best) const;
  // Polarity rules (support_negation.cpp): why the claim says the opposite of its best evidence
  // ("negation the evidence does not have"), or "" when it does not.
  std::string Polarity(const Claim& claim, const ClaimTerms& terms, const BestWindow& best) const;
  // Why the claim negates the property `fact` states (a platform, language, licence or
  // dependency fact chunk), or "".
  std::string ValueFactNegated(const Claim& claim, const ChunkAnalysis& fact) const;
  // True when a count fact of value 0 states what the claim's "zero" qualifies ("zero runtime
  // dependencies" and a dependency count of 0).
  bool ZeroIsAFact(std::string_view claim_text) const;

  const EvidenceStore& store_;
  const index::RepoIndex& index_;
  const CheckerOptions& options_;
  ParaphraseTable paraphrases_;
  std::vector<std::uint64_t> project_terms_;
  std::vector<std::uint64_t> fact_terms_;  // sorted union of every fact window's terms
};

// Evidence for one window (or two consecutive windows) of an analysed chunk.
Evidence WindowEvidence(const ChunkAnalysis& chunk, std::size_t window, std::size_t span,
                        std::string part);

}  // namespace repopost::safety
