// Platforms come from statements of support, never from release-note items that name one.
#include <gtest/gtest.h>

#include "profile/profile_builder.h"
#include "readme_sheet.h"

namespace repopost::profile {
namespace {

TEST(SelectPlatforms, ReleaseNoteItemsAreNotSupportStatements) {
  const auto p = BuildProfile(testing::ReadmeSheet(
      "# tool\n\ntool is a formatter. It runs on Linux.\n\n## v2.1.0 (2024-03-01)\n\n"
      "- Fix a build warning on Windows\n\n## Notes\n\n"
      "Fixed a crash on macOS when the file is empty.\n"));
  EXPECT_TRUE(p.platforms.Supports("Linux"));
  EXPECT_FALSE(p.platforms.Supports("Windows"));
  EXPECT_FALSE(p.platforms.Supports("macOS"));
}

TEST(SelectPlatforms, AVersionHeadingMakesAChangelogSection) {
  const auto p = BuildProfile(
      testing::ReadmeSheet("# tool\n\ntool is a formatter.\n\n## [1.4.0] - 2023-12-02\n\n"
                           "- Windows support for the --watch option\n"));
  ASSERT_GE(p.sections.size(), 2u);
  EXPECT_EQ(p.sections[1].role, SectionRole::kChangelog);
  EXPECT_FALSE(p.platforms.Supports("Windows"));
}

}  // namespace
}  // namespace repopost::profile
