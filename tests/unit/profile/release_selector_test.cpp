// The release selector, rule by rule, on FactSheets built by hand.
#include <gtest/gtest.h>

#include "profile/profile_builder.h"
#include "readme_sheet.h"

namespace repopost::profile {
namespace {

core::FactSheet Sheet(const std::string& readme, const std::vector<std::string>& tags,
                      const std::string& manifest_path = "", const std::string& manifest = "") {
  core::FactSheet sheet = testing::ReadmeSheet(readme, manifest_path, manifest);
  for (const std::string& tag : tags) {
    core::Provenance p;
    const bool unreachable = tag.ends_with("!");
    p.field = unreachable ? "git:tag-unreachable" : "git:tag";
    p.tag = unreachable ? tag.substr(0, tag.size() - 1) : tag;
    sheet.Add(core::FactKind::kTag, p.tag, p, "2024-01-01");
  }
  return sheet;
}

TEST(SelectRelease, IgnoresSubPackageTagsOfAWorkspace) {
  const auto profile =
      BuildProfile(Sheet("# ripgrep\n\nripgrep is a search tool.\n",
                         {"ignore-0.4.33", "grep-cli-0.1.11", "14.1.1", "14.1.0"}));
  EXPECT_EQ(profile.release.version, "14.1.1");
  EXPECT_EQ(profile.release.status, ReleaseStatus::kReleased);
}

TEST(SelectRelease, ProductPrefixedTagsCount) {
  const auto profile = BuildProfile(Sheet("# tokio\n\nTokio is a runtime.\n",
                                          {"tokio-stream-0.1.19", "tokio-1.40.0", "tokio-1.39.2"}));
  EXPECT_EQ(profile.release.version, "1.40.0");
}

TEST(SelectRelease, VersionOrderBeatsTagDateForBackports) {
  // The backport 1.9.5 was tagged last (first in the list, newest first) but 2.1.0 is the release.
  const auto profile =
      BuildProfile(Sheet("# demo\n\nDemo is a tool.\n", {"v1.9.5!", "v2.1.0", "v2.0.0"}));
  EXPECT_EQ(profile.release.version, "2.1.0");
}

TEST(SelectRelease, SkipsPrereleasesWhenAStableReleaseExists) {
  const auto profile = BuildProfile(
      Sheet("# Moshi\n\nMoshi is a JSON library.\n", {"2.0.0-alpha.1", "1.15.2", "1.15.1"}));
  EXPECT_EQ(profile.release.version, "1.15.2");
}

TEST(SelectRelease, SkipsRetractedAndOutlierTags) {
  const auto retracted =
      BuildProfile(Sheet("# sampler\n\nSampler is a library.\n", {"v1.99.99", "v1.3.0", "v1.2.0"},
                         "go.mod", "module example.com/sampler\n\nretract v1.99.99\n"));
  EXPECT_EQ(retracted.release.version, "1.3.0");
  const auto outlier =
      BuildProfile(Sheet("# sampler\n\nSampler is a library.\n", {"v1.99.99", "v1.3.0", "v1.2.0"}));
  EXPECT_EQ(outlier.release.version, "1.3.0");
}

TEST(SelectRelease, NoTagsMeansTheManifestVersionOrNothing) {
  const auto from_manifest = BuildProfile(Sheet("# demo\n\nDemo is a tool.\n", {}, "package.json",
                                                R"({"name":"demo","version":"3.2.0"})"));
  EXPECT_EQ(from_manifest.release.version, "3.2.0");
  const auto dev = BuildProfile(Sheet("# demo\n\nDemo is a tool.\n", {}, "pyproject.toml",
                                      "[project]\nname = \"demo\"\nversion = \"0.3.0.dev0\"\n"));
  EXPECT_EQ(dev.release.status, ReleaseStatus::kUnreleased);
  const auto none = BuildProfile(Sheet("# demo\n\nDemo is a tool.\n", {}));
  EXPECT_EQ(none.release.status, ReleaseStatus::kNone);
}

}  // namespace
}  // namespace repopost::profile
