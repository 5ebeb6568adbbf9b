#include "safety/checker_options.h"

#include <string>

namespace repopost::safety {
namespace {
core::Status Range(const char* name, double value, double lo, double hi) {
  if (value < lo || value > hi) {
    return core::Fail(core::ErrorCode::kUsage, std::string("checker option ") + name +
                                                   " must be between " + std::to_string(lo) +
                                                   " and " + std::to_string(hi));
  }
  return core::Ok();
}
}  // namespace

core::Status CheckerOptions::Validate() const {
  if (evidence_chunks == 0 || evidence_chunks > 100) {
    return core::Fail(core::ErrorCode::kUsage, "checker option evidence_chunks must be 1..100");
  }
  for (const core::Status& s :
       {Range("min_coverage", min_coverage, 0, 1), Range("uncertain_below", uncertain_below, 0, 1),
        Range("negation_min_coverage", negation_min_coverage, 0, 1),
        Range("number_window_min_coverage", number_window_min_coverage, 0, 1),
        Range("count_rounding", count_rounding, 0, 0.5),
        Range("lower_bound_floor", lower_bound_floor, 0, 1),
        Range("aggregate_penalty", aggregate_penalty, 0, 1),
        Range("percent_tolerance", percent_tolerance, 0, 100),
        Range("number_claim_weight", number_claim_weight, 0.1, 100),
        Range("thresholds.min_confidence", thresholds.min_confidence, 0, 1)}) {
    if (!s) return s;
  }
  if (aggregate_windows == 0 || aggregate_windows > 5) {
    return core::Fail(core::ErrorCode::kUsage, "checker option aggregate_windows must be 1..5");
  }
  if (uncertain_below < min_coverage) {
    return core::Fail(core::ErrorCode::kUsage,
                      "checker option uncertain_below must not be below min_coverage");
  }
  return index.Validate();
}

}  // namespace repopost::safety
