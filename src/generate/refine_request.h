// RefineRequest: what a user's refine feedback asks for, understood offline. A preset name
// ("shorter", "another-hook") is taken as it is; free text ("make it shorter", "the hook is
// boring", "more professional please") is mapped to the one preset it asks for by a phrase table
// read longest phrase first, so "less technical" is never read as "technical".
//
//   auto request = generate::ParseRefineRequest("can you make it less technical?");
//   // request->action == RefineAction::kLessTechnical
//   // kUsage, with the supported requests in the message, when no phrase (or two) matches.
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "generate/refiner.h"

namespace repopost::generate {

struct RefineRequest {
  RefineAction action = RefineAction::kShorter;
  ToneShift tone_shift = ToneShift::kToggle;  // kAnotherTone: which way ("more casual" = livelier)
};

core::Result<RefineRequest> ParseRefineRequest(std::string_view feedback);

// The requests free text may make, for help and error messages ("shorter, longer, ...").
std::string SupportedRefineRequests();

}  // namespace repopost::generate
