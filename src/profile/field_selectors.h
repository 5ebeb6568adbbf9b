// The field selectors of the project profile, one per field, called by BuildProfile in this
// order (later selectors read what earlier ones chose: the install selector needs the name, the
// release selector the manifest, the selling points the purpose). Each one ranks its candidates
// with rules that read top to bottom and records why the winner won (`*_why`, `why`).
#pragma once

#include "profile/profile_input.h"
#include "profile/project_profile.h"

namespace repopost::profile {

void SelectSections(const ProfileInput& input, ProjectProfile& profile);
void SelectName(const ProfileInput& input, ProjectProfile& profile);
void SelectPurpose(const ProfileInput& input, ProjectProfile& profile);
void SelectRelease(const ProfileInput& input, ProjectProfile& profile);
void SelectInstall(const ProfileInput& input, ProjectProfile& profile);
void SelectFirstUse(const ProfileInput& input, ProjectProfile& profile);
void SelectSellingPoints(const ProfileInput& input, ProjectProfile& profile);
void SelectNumbers(const ProfileInput& input, ProjectProfile& profile);
void SelectPlatforms(const ProfileInput& input, ProjectProfile& profile);
void SelectStatus(const ProfileInput& input, ProjectProfile& profile);  // + caveats, adopters
void SelectKind(const ProfileInput& input, ProjectProfile& profile);    // + audience

}  // namespace repopost::profile
