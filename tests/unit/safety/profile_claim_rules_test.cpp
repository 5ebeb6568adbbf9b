// Claims checked against the project profile's structured fields: platforms (stated, excluded,
// negated), the release, install lines and caveats. Each probe has a faithful twin that passes.
#include <gtest/gtest.h>

#include "profile/profile_builder.h"
#include "profile/profile_sheet.h"
#include "safety/claim_checker.h"

namespace repopost::safety {
namespace {

core::FactSheet Repo() {
  core::FactSheet sheet;
  sheet.source = "/src/seekr";
  core::Document readme;
  readme.kind = core::SourceKind::kReadme;
  readme.title = "README.md";
  readme.provenance.path = "README.md";
  readme.provenance.line_begin = 1;
  readme.text =
      "# seekr\n\n"
      "seekr is a fast line-oriented search tool written in Rust.\n\n"
      "## Features\n\n"
      "- Searches a large tree quickly.\n"
      "- Respects your ignore files.\n\n"
      "## Installation\n\n"
      "seekr runs on Linux and macOS. Windows is not supported yet.\n\n"
      "```sh\ncargo install seekr\n```\n\n"
      "## Why shouldn't I use seekr?\n\n"
      "- It does not support multiline search across files.\n";
  sheet.AddDocument(readme);
  core::Document manifest;
  manifest.kind = core::SourceKind::kManifest;
  manifest.title = "Cargo.toml";
  manifest.provenance.path = "Cargo.toml";
  manifest.text = "[package]\nname = \"seekr\"\nversion = \"2.1.0\"\n";
  sheet.AddDocument(manifest);
  for (const char* tag : {"2.1.0", "2.0.0", "globber-0.9.1"}) {
    core::Provenance p;
    p.field = "git:tag";
    p.tag = tag;
    sheet.Add(core::FactKind::kTag, tag, p, "2024-05-01");
  }
  return sheet;
}

class ProfileClaimRulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const core::FactSheet raw = Repo();
    profile_ = std::make_shared<const profile::ProjectProfile>(profile::BuildProfile(raw));
    sheet_ = profile::ProfileSheet(*profile_, raw);
    auto index = index::RepoIndex::Build(sheet_, {});
    ASSERT_TRUE(index);
    auto checker = ClaimChecker::Create(
        sheet_, std::make_shared<const index::RepoIndex>(std::move(*index)), {}, profile_);
    ASSERT_TRUE(checker);
    checker_.emplace(std::move(*checker));
  }

  Verdict VerdictOf(const std::string& sentence) {
    const SafetyReport report = checker_->Check(sentence);
    for (const ClaimResult& c : report.claims) {
      if (c.verdict != Verdict::kNotAClaim) return c.verdict;
    }
    return Verdict::kNotAClaim;
  }

  std::shared_ptr<const profile::ProjectProfile> profile_;
  core::FactSheet sheet_;
  std::optional<ClaimChecker> checker_;
};

TEST_F(ProfileClaimRulesTest, ExcludedPlatformIsContradicted) {
  EXPECT_EQ(VerdictOf("seekr runs on Linux, macOS and Windows."), Verdict::kContradicted);
  EXPECT_EQ(VerdictOf("seekr runs on Linux and macOS."), Verdict::kSupported);
}

TEST_F(ProfileClaimRulesTest, NegatedSupportedPlatformIsContradicted) {
  EXPECT_EQ(VerdictOf("seekr does not run on macOS."), Verdict::kContradicted);
}

TEST_F(ProfileClaimRulesTest, UnstatedPlatformIsUnsupported) {
  EXPECT_EQ(VerdictOf("seekr runs on FreeBSD."), Verdict::kUnsupported);
}

// A change log item about a fix made on a platform is not a claim of where the project runs.
TEST_F(ProfileClaimRulesTest, AFixOnAPlatformIsNotAPlatformClaim) {
  auto platform_parts = [&](const std::string& sentence) {
    std::size_t n = 0;
    for (const ClaimResult& c : checker_->Check(sentence).claims) {
      for (const std::string& part : c.unsupported_parts) n += part.starts_with("platform");
    }
    return n;
  };
  EXPECT_EQ(platform_parts("Fixes a crash when reading pipes on FreeBSD."), 0u);
  EXPECT_EQ(platform_parts("seekr now runs on FreeBSD."), 1u);
}

// A pre-release at the end of a sentence is the release, not "1.0.0-beta.15." (with the stop).
TEST(ProfileClaimRules, PreReleaseAtASentenceEndIsTheRelease) {
  core::FactSheet raw = Repo();
  for (core::Document& d : raw.documents) {
    if (d.title == "Cargo.toml")
      d.text = "[package]\nname = \"seekr\"\nversion = \"3.0.0-beta.2\"\n";
  }
  core::Provenance p;
  p.field = "git:tag";
  p.tag = "v3.0.0-beta.2";
  raw.Add(core::FactKind::kTag, "v3.0.0-beta.2", p, "2024-06-01");
  auto profile = std::make_shared<const profile::ProjectProfile>(profile::BuildProfile(raw));
  ASSERT_EQ(profile->release.version, "3.0.0-beta.2");
  const core::FactSheet sheet = profile::ProfileSheet(*profile, raw);
  auto index = index::RepoIndex::Build(sheet, {});
  ASSERT_TRUE(index);
  auto checker = ClaimChecker::Create(
      sheet, std::make_shared<const index::RepoIndex>(std::move(*index)), {}, profile);
  ASSERT_TRUE(checker);
  for (const ClaimResult& c : checker->Check("The latest release is 3.0.0-beta.2.").claims) {
    EXPECT_NE(c.verdict, Verdict::kContradicted) << c.rationale;
  }
}

TEST_F(ProfileClaimRulesTest, AnotherPackagesTagIsNotTheRelease) {
  EXPECT_EQ(VerdictOf("The latest release of seekr is 0.9.1."), Verdict::kContradicted);
  EXPECT_NE(VerdictOf("The latest release of seekr is 2.1.0."), Verdict::kContradicted);
}

TEST_F(ProfileClaimRulesTest, InstallLineMustInstallTheProduct) {
  const SafetyReport wrong = checker_->Check("Get started: cargo install seekr-pro");
  EXPECT_FALSE(wrong.is_safe);
  const SafetyReport right = checker_->Check("Get started: cargo install seekr");
  for (const ClaimResult& c : right.claims) EXPECT_NE(c.verdict, Verdict::kUnsupported) << c.text;
}

TEST_F(ProfileClaimRulesTest, TheProfileFindsWhatTheRulesRelyOn) {
  EXPECT_EQ(profile_->release.version, "2.1.0");
  ASSERT_FALSE(profile_->install.empty());
  EXPECT_EQ(profile_->install.front().command, "cargo install seekr");
  EXPECT_TRUE(profile_->platforms.Supports("Linux"));
  EXPECT_TRUE(profile_->platforms.Excludes("Windows"));
  for (const auto& point : profile_->selling_points) {
    EXPECT_EQ(point.text.find("multiline"), std::string::npos) << point.text;
  }
}

}  // namespace
}  // namespace repopost::safety
