#include "profile/profile_builder.h"

#include "profile/field_selectors.h"
#include "profile/profile_input.h"

namespace repopost::profile {

ProjectProfile BuildProfile(const core::FactSheet& sheet) {
  const ProfileInput input = ProfileInput::From(sheet);
  ProjectProfile profile;
  SelectSections(input, profile);
  SelectName(input, profile);
  SelectPurpose(input, profile);
  SelectRelease(input, profile);
  SelectInstall(input, profile);
  SelectKind(input, profile);
  SelectFirstUse(input, profile);
  SelectStatus(input, profile);
  SelectSellingPoints(input, profile);
  SelectNumbers(input, profile);
  SelectPlatforms(input, profile);
  return profile;
}

}  // namespace repopost::profile
