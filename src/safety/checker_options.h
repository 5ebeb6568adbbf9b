// CheckerOptions: every threshold of the claim checker, with named defaults (tuned on the
// in-domain tuning repositories and the SummEdits evaluation split; see
// docs/decisions/claim-checker.md).
#pragma once

#include <cstddef>

#include "core/result.h"
#include "index/index_options.h"

namespace repopost::safety {

class ClaimJudge;

struct SafetyThresholds {
  double min_confidence = 0.8;      // weighted share of supported claims
  std::size_t max_unsupported = 0;  // unsupported claims allowed in a safe post
  std::size_t max_contradicted = 0;
  bool block_on_policy_warning = false;  // warnings (email, profanity) make a post unsafe too
};

struct CheckerOptions {
  index::IndexOptions index;            // used when the checker builds its own index
  std::size_t evidence_chunks = 6;      // chunks retrieved per claim
  bool hybrid_retrieval = false;        // lexical is faster and as good for exact-match evidence
  double min_coverage = 0.6;            // below: unsupported
  std::size_t aggregate_windows = 3;    // support may combine up to this many evidence windows
  double aggregate_penalty = 0.05;      // coverage cost of each window beyond the first
  int aggregate_max_lines = 30;         // aggregated windows: same file, at most this far apart
  double uncertain_below = 0.75;        // [min_coverage, uncertain_below): ask the judge if any
  double negation_min_coverage = 0.75;  // a negation flip counts only on a window this similar
  std::size_t lead_max_words = 3;       // "Worth knowing: ...": a lead this short is framing
  double number_window_min_coverage = 0.5;  // a number counts only in a window this similar
  double count_rounding = 0.05;             // "10k commits" for 10,432: within 5% when rounded
  double lower_bound_floor = 0.5;    // "over 5,000" for 10,432: the bound at least half the fact
  double percent_tolerance = 1.0;    // points, for a language share
  double number_claim_weight = 2.0;  // claims with numbers or names weigh more in confidence
  bool use_wordnet = true;           // paraphrases from WordNet when its data is installed
  SafetyThresholds thresholds;
  const ClaimJudge* judge = nullptr;  // optional; must outlive the checker

  core::Status Validate() const;
};

}  // namespace repopost::safety
