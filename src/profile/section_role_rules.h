// The rules that give a README heading its role, read top to bottom: the first rule whose cue
// occurs in the lowercased heading wins, so the more specific cues ("why not", "build from
// source") stand before the general ones ("why", "install").
//
//   std::string why;
//   profile::SectionRole role = profile::ClassifyHeading("Why shouldn't I use ripgrep?", why);
//   // role == SectionRole::kLimitations, why == "heading says \"why shouldn't\""
#pragma once

#include <string>
#include <string_view>

#include "profile/project_profile.h"

namespace repopost::profile {

// The role the heading's own words give it; kOther (and why "") when no rule matches, so the
// caller can inherit the parent section's role.
SectionRole ClassifyHeading(std::string_view heading, std::string& why);

}  // namespace repopost::profile
