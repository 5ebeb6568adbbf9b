#include "profile/version_tag.h"

#include <gtest/gtest.h>

namespace repopost::profile {
namespace {

TEST(ParseVersionTag, SplitsPrefixAndVersion) {
  const struct {
    const char* tag;
    const char* prefix;
    const char* version;
    bool prerelease;
  } cases[] = {
      {"v1.2.3", "", "1.2.3", false},
      {"14.1.1", "", "14.1.1", false},
      {"ignore-0.4.33", "ignore", "0.4.33", false},
      {"tokio-stream-0.1.19", "tokio-stream", "0.1.19", false},
      {"pkg@v2.0.0", "pkg", "2.0.0", false},
      {"parent-1.15.2", "parent", "1.15.2", false},
      {"2.0.0-alpha.1", "", "2.0.0-alpha.1", true},
      {"v1.0.0-rc1", "", "1.0.0-rc1", true},
      {"3.0.0.dev0", "", "3.0.0.dev0", true},
      {"1.0a1", "", "1.0a1", true},
      {"go/v1.2.0", "go", "1.2.0", false},
  };
  for (const auto& c : cases) {
    auto v = ParseVersionTag(c.tag);
    ASSERT_TRUE(v) << c.tag;
    EXPECT_EQ(v->prefix, c.prefix) << c.tag;
    EXPECT_EQ(v->version, c.version) << c.tag;
    EXPECT_EQ(v->is_prerelease, c.prerelease) << c.tag;
  }
  EXPECT_FALSE(ParseVersionTag("nightly"));
  EXPECT_FALSE(ParseVersionTag("latest"));
}

TEST(VersionLess, OrdersNumericallyAndReleasesAbovePrereleases) {
  auto v = [](const char* t) { return *ParseVersionTag(t); };
  EXPECT_TRUE(VersionLess(v("1.9.0"), v("1.10.0")));
  EXPECT_TRUE(VersionLess(v("2.0.0-alpha.1"), v("2.0.0")));
  EXPECT_TRUE(VersionLess(v("1.15.2"), v("2.0.0-alpha.1")));
  EXPECT_FALSE(VersionLess(v("1.2"), v("1.2.0")));
}

}  // namespace
}  // namespace repopost::profile
