// The purpose: a definition of the product in its own words, never an instruction, an
// announcement or a sentence that introduces what follows it.
#include <gtest/gtest.h>

#include "profile/profile_builder.h"
#include "readme_sheet.h"

namespace repopost::profile {
namespace {

ProjectProfile FromReadme(const std::string& readme, const std::string& manifest_path = "",
                          const std::string& manifest = "") {
  return BuildProfile(testing::ReadmeSheet(readme, manifest_path, manifest));
}

TEST(SelectPurpose, PrefersTheDefinitionOverAnAnnouncementBannerAboveIt) {
  const auto p = FromReadme(
      "# Brisk Web Framework\n\n## Brisk 2.4.0 is now available!\n\n"
      "We're excited to announce the release of Brisk 2.4.0! This release brings new features.\n\n"
      "Brisk is a small HTTP web framework written in Go. It is fast.\n\n"
      "## Getting Started\n\nRun it.\n");
  EXPECT_EQ(p.purpose, "Brisk is a small HTTP web framework written in Go.");
}

TEST(SelectPurpose, NeverAnInstruction) {
  const auto p = FromReadme(
      "# Flagger\n\nBegin by declaring a type that defines the options you need.\n\n"
      "## Usage\n\nFlagger parses the command line.\n");
  EXPECT_EQ(p.purpose, "");
}

TEST(SelectPurpose, ManifestDescriptionBeforeADeepSentence) {
  const auto p = FromReadme(
      "<p align=\"center\"><img src=\"logo.svg\"></p>\n\n"
      "## Handling Errors\n\nThe general structure of fetchy errors is as follows:\n\n"
      "```js\nerr.code\n```\n",
      "package.json",
      R"({"name": "fetchy", "version": "1.0.0",
          "description": "Promise based HTTP client for the browser and node.js"})");
  EXPECT_EQ(p.purpose, "Promise based HTTP client for the browser and node.js");
}

TEST(SelectPurpose, RejectsSentencesThatIntroduceWhatFollows) {
  const auto p = FromReadme(
      "# tool\n\nThe structure of a config is as follows:\n\n"
      "tool is a linter for YAML files.\n");
  EXPECT_EQ(p.purpose, "tool is a linter for YAML files.");
}

TEST(SelectPurpose, RejectsTheAuthorSpeaking) {
  const auto p = FromReadme(
      "# kit\n\nWe made this because nothing else worked for us.\n\n"
      "A toolkit for writing terminal dashboards in Rust.\n");
  EXPECT_EQ(p.purpose, "A toolkit for writing terminal dashboards in Rust.");
}

}  // namespace
}  // namespace repopost::profile
