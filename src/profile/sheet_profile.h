// FillFromSheet: the profile fields a FactSheet states directly, for sheets that carry no
// documents to build a profile from: a sheet already written by ProfileSheet (stored posts,
// refinement), a hand-made sheet in tests, a pasted text's facts. Fields the profile already has
// are kept; empty ones are filled, each from the facts of its kind and with their spans, and
// feature facts the selling points lack are added after them.
//
//   ProjectProfile profile = BuildProfile(sheet);
//   FillFromSheet(sheet, profile);
//
// UnderstandSheet: what a writer works from, as the generation service prepares it: a sheet
// with documents is understood and rewritten by ProfileSheet; a sheet of facts alone keeps its
// facts and states its profile with FillFromSheet.
//
//   Understood u = UnderstandSheet(raw);  // write from u.sheet with u.profile
#pragma once

#include "core/fact_sheet.h"
#include "profile/project_profile.h"

namespace repopost::profile {

SourceSpan FromProvenance(const core::Provenance& at);

void FillFromSheet(const core::FactSheet& sheet, ProjectProfile& profile);

struct Understood {
  ProjectProfile profile;
  core::FactSheet sheet;
};

Understood UnderstandSheet(const core::FactSheet& facts);

}  // namespace repopost::profile
