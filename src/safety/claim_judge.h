// ClaimJudge: an optional second opinion (an LLM, wired by the llm stage) for claims whose
// content coverage falls in the uncertain band. The checker is complete without one: with no
// judge, an uncertain claim keeps the deterministic verdict.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "safety/evidence.h"
#include "safety/verdict.h"

namespace repopost::safety {

class ClaimJudge {
 public:
  virtual ~ClaimJudge() = default;
  // A verdict for `claim` given the best evidence found, or nullopt when the judge cannot tell
  // (provider down, unparsable answer): the checker then keeps its own verdict.
  // Must be thread-safe if the checker is shared between threads.
  virtual std::optional<Verdict> Judge(std::string_view claim,
                                       const std::vector<Evidence>& evidence) const = 0;
};

}  // namespace repopost::safety
