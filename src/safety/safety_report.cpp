#include "safety/safety_report.h"

namespace repopost::safety {

std::size_t SafetyReport::CountVerdict(Verdict verdict) const {
  std::size_t n = 0;
  for (const ClaimResult& c : claims) {
    if (c.verdict == verdict) ++n;
  }
  return n;
}

}  // namespace repopost::safety
