// SupportChecker: judges one claim against the repository — retrieves evidence chunks, then checks
// numbers (found in the evidence or derivable from a fact), named things (occur in the
// repository), cue phrases (superlatives, adoption, outcome, first person, affiliation: stated by
// the evidence), negation (same polarity as the best evidence window) and content coverage
// (stemmed content words in the best window, with a small synonym table).
//
// Holds references to the store, index and options: all must outlive it. Thread-safe (const).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "index/repo_index.h"
#include "safety/checker_options.h"
#include "safety/claim.h"
#include "safety/evidence_store.h"
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
  struct BestWindow {
    const ChunkAnalysis* chunk = nullptr;
    std::size_t window = 0;
    std::size_t span = 1;  // 1 or 2 consecutive windows
    double coverage = 0.0;
    int negations = 0;
    bool all_facts = false;  // the union of every fact chunk, not one window
  };

  BestWindow FindBestWindow(const std::vector<std::uint64_t>& terms,
                            const std::vector<const ChunkAnalysis*>& chunks) const;
  bool Covers(const std::vector<std::uint64_t>& window_terms, std::uint64_t term) const;
  // A number counts as found in a window only when the window shares at least
  // options.number_window_min_coverage of the claim's content words (or in a fact).
  std::optional<Evidence> FindNumber(const text::Quantity& q,
                                     const std::vector<std::uint64_t>& terms,
                                     const std::vector<const ChunkAnalysis*>& chunks) const;
  double WindowCoverage(const std::vector<std::uint64_t>& terms, const EvidenceWindow& w) const;
  std::vector<std::uint64_t> ContentTerms(std::string_view text) const;
  // The words negated in `text` (each negation's next content word) that are in `other_terms`,
  // sorted and unique: a repeated "zero dependencies" negates the same word once.
  std::vector<std::uint64_t> AnchoredNegations(std::string_view text,
                                               const std::vector<std::uint64_t>& other_terms) const;
  // True when a count fact of value 0 states what the claim's "zero" qualifies ("zero runtime
  // dependencies" and a dependency count of 0).
  bool ZeroIsAFact(std::string_view claim_text) const;

  const EvidenceStore& store_;
  const index::RepoIndex& index_;
  const CheckerOptions& options_;
  std::unordered_map<std::uint64_t, std::vector<std::uint64_t>> synonyms_;
  std::vector<std::uint64_t> project_terms_;
  std::vector<std::uint64_t> fact_terms_;  // sorted union of every fact window's terms
};

// Evidence for one window (or two consecutive windows) of an analysed chunk.
Evidence WindowEvidence(const ChunkAnalysis& chunk, std::size_t window, std::size_t span,
                        std::string part);

}  // namespace repopost::safety
