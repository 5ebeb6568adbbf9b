// The status is about the product as a whole: a deprecated API inside it does not make the
// product deprecated.
#include <gtest/gtest.h>

#include "profile/profile_builder.h"
#include "readme_sheet.h"

namespace repopost::profile {
namespace {

TEST(SelectStatus, ADeprecatedApiInsideTheProductIsNotItsStatus) {
  const auto p = BuildProfile(testing::ReadmeSheet(
      "# fetchy\n\nfetchy is an HTTP client.\n\n## Cancellation\n\nUse an AbortController.\n\n"
      "### CancelToken `deprecated`\n\n> This API is deprecated since v0.22.0 and shouldn't be "
      "used in new projects.\n\n## Headers\n\nDirect access is deprecated.\n"));
  EXPECT_EQ(p.status, "");
}

TEST(SelectStatus, AProjectStatusSectionStillCounts) {
  const auto p =
      BuildProfile(testing::ReadmeSheet("# oldlib\n\noldlib is a parser.\n\n## Project status\n\n"
                                        "This project is no longer maintained.\n"));
  EXPECT_EQ(p.status, "deprecated");
}

TEST(SelectStatus, AnIntroStatementAboutTheProductCounts) {
  const auto p = BuildProfile(
      testing::ReadmeSheet("# store\n\nstore is a key-value library.\n\n"
                           "This repository is receiving very limited maintenance.\n"));
  EXPECT_EQ(p.status, "maintenance");
}

}  // namespace
}  // namespace repopost::profile
