#include "profile/profile_builder.h"

#include "profile/clean_text.h"
#include "profile/field_selectors.h"
#include "profile/profile_input.h"

namespace repopost::profile {
namespace {

// The last step: no text field starts or ends with whitespace (a title such as
// "Serde &emsp; [badges]" leaves an em space behind), whichever selector produced it.
void TrimTextFields(ProjectProfile& profile) {
  for (std::string* text :
       {&profile.name, &profile.audience, &profile.purpose, &profile.first_use, &profile.status}) {
    *text = TrimSpace(*text);
  }
  for (SellingPoint& point : profile.selling_points) point.text = TrimSpace(point.text);
  for (InstallLine& line : profile.install) line.command = TrimSpace(line.command);
  for (std::string& change : profile.release.changes) change = TrimSpace(change);
  for (NumberClaim& number : profile.numbers) {
    for (std::string* text :
         {&number.value, &number.measures, &number.qualifier, &number.sentence}) {
      *text = TrimSpace(*text);
    }
  }
  for (std::vector<Statement>* list : {&profile.adopters, &profile.caveats}) {
    for (Statement& statement : *list) statement.text = TrimSpace(statement.text);
  }
}

}  // namespace

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
  TrimTextFields(profile);
  return profile;
}

}  // namespace repopost::profile
