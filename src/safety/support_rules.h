// Support rules: the small judgements the support checker makes about a claim before and after it
// looks for evidence: which reason a role or a missing part gives, which text only presents the
// post, which capitalised words name nothing, which cues need support, and which claims speak for
// a third party. Internal to safety; split out of support_checker.cpp to keep the search apart
// from the rules.
#pragma once

#include <string>
#include <string_view>

#include "safety/claim.h"
#include "safety/verdict.h"
#include "text/number_extractor.h"

namespace repopost::safety {

// "42%" for 0.42.
std::string Percent(double x);
// The reason a claim of `role` gets when it needs no evidence.
Reason RoleReason(ClaimRole role);
// The reason a missing part ("number", "name", ...) gives.
Reason PartReason(std::string_view part);
// True for text that only presents the post ("Here is what it does:") of `project`.
bool IsPresentationOnly(std::string_view text, std::string_view project);
// Capitalised words that are not names of anything a repository could be wrong about.
bool IsCommonTerm(std::string_view normalized);
// "Two honest caveats.", "Three things stand out": a count of the post's own items.
bool CountsThePostsOwnItems(const text::Quantity& q, std::string_view text);
// Cue kinds that need support in the repository.
bool NeedsSupport(CueKind kind);
// True when `cue` (followed by `after`) makes a claim about or for a third party.
bool IsThirdPartyClaim(const Cue& cue, std::string_view after);

}  // namespace repopost::safety
