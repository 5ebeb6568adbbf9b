// ScreenRepositoryClaims: repository text is data (DESIGN.md principle 5). A fact whose text
// instructs a model (InjectionScanner) or claims an endorsement, an affiliation or adoption by an
// organisation (PolicyScanner's endorsement and affiliation rules) is removed from the sheet, so
// the template writer never states it and no prompt lists it; the documents keep the text (the
// checker still refuses it as evidence, see support_checker.cpp).
//
//   core::FactSheet sheet = ...;                 // from ingest
//   safety::ScreenRepositoryClaims(sheet);       // before any writer sees the sheet
//
// Each removed fact leaves one warning naming where it came from and why. Stateless; any number
// of sheets may be screened at once.
//
// ScreenProfileClaims does the same for a profile, which reads the documents again: selling
// points, numbers, adopters and caveats that instruct a model or claim endorsement are dropped,
// and a purpose that does is cleared. No warnings (the sheet's screen already gave them).
#pragma once

#include "core/fact_sheet.h"
#include "profile/project_profile.h"

namespace repopost::safety {

void ScreenRepositoryClaims(core::FactSheet& sheet);

void ScreenProfileClaims(profile::ProjectProfile& profile);

}  // namespace repopost::safety
