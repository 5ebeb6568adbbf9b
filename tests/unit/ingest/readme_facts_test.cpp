#include "ingest/readme_facts.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/shared_data.h"

namespace repopost::ingest {
namespace {

std::string ReadRepoDoc(const std::string& rel) {
  std::ifstream in(std::filesystem::path(REPOPOST_SHARED_DIR) / "data/repo-docs" / rel);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

core::FactSheet FactsOf(const std::string& markdown, std::string* title = nullptr) {
  core::FactSheet sheet;
  core::Provenance base;
  base.path = "README.md";
  base.commit = "abc";
  std::string t = AddReadmeFacts(ParseMarkdown(markdown), TextOrigin{base}, sheet);
  if (title != nullptr) *title = t;
  return sheet;
}

constexpr const char* kReadme = R"(# tidyjson

[![CI](https://x/badge.svg)](https://x)

tidyjson is a command-line tool that formats JSON files in place, with zero dependencies. It runs anywhere.

It reads a 100 MB file in under 2 seconds and works on Linux, macOS and Windows.

## Features

- Stable key order
- Schema validation

## Installation

```sh
$ npm install -g tidyjson
```

## Usage

```sh
tidyjson --indent 2 package.json
```

## License

MIT, see LICENSE. Copyright 2023 with 3 contributors.
)";

TEST(AddReadmeFacts, SummaryAndDescriptionFromFirstProseParagraph) {
  std::string title;
  core::FactSheet sheet = FactsOf(kReadme, &title);
  EXPECT_EQ(title, "tidyjson");
  const core::Fact* summary = sheet.First(core::FactKind::kSummary);
  ASSERT_NE(summary, nullptr);
  EXPECT_EQ(summary->value,
            "tidyjson is a command-line tool that formats JSON files in place, with zero "
            "dependencies. It runs anywhere.");
  EXPECT_EQ(summary->provenance.path, "README.md");
  EXPECT_EQ(summary->provenance.line_begin, 5);
  EXPECT_EQ(summary->provenance.commit, "abc");
  EXPECT_EQ(
      sheet.First(core::FactKind::kDescription)->value,
      "tidyjson is a command-line tool that formats JSON files in place, with zero dependencies.");
}

TEST(AddReadmeFacts, FeaturesInstallAndUsage) {
  core::FactSheet sheet = FactsOf(kReadme);
  auto features = sheet.All(core::FactKind::kFeature);
  ASSERT_EQ(features.size(), 2u);
  EXPECT_EQ(features[0]->value, "Stable key order");
  EXPECT_EQ(features[0]->provenance.line_begin, 11);
  auto installs = sheet.All(core::FactKind::kInstallCommand);
  ASSERT_EQ(installs.size(), 1u);
  EXPECT_EQ(installs[0]->value, "npm install -g tidyjson");
  EXPECT_EQ(installs[0]->detail, "sh");
  EXPECT_EQ(installs[0]->provenance.line_begin, 17);
  const core::Fact* usage = sheet.First(core::FactKind::kUsageSnippet);
  ASSERT_NE(usage, nullptr);
  EXPECT_EQ(usage->value, "tidyjson --indent 2 package.json");
}

TEST(AddReadmeFacts, PlatformsPropertiesAndMeasuredNumbers) {
  core::FactSheet sheet = FactsOf(kReadme);
  std::vector<std::string> platforms;
  for (const core::Fact* f : sheet.All(core::FactKind::kPlatform)) platforms.push_back(f->value);
  EXPECT_EQ(platforms, (std::vector<std::string>{"Linux", "macOS", "Windows"}));
  ASSERT_NE(sheet.First(core::FactKind::kProperty), nullptr);
  EXPECT_EQ(sheet.First(core::FactKind::kProperty)->value, "zero dependencies");
  auto benchmarks = sheet.All(core::FactKind::kBenchmark);
  ASSERT_EQ(benchmarks.size(), 1u);  // the licence section's numbers are not about the project
  EXPECT_EQ(benchmarks[0]->value,
            "It reads a 100 MB file in under 2 seconds and works on Linux, macOS and Windows.");
}

TEST(AddReadmeFacts, HeadingsExceptTitle) {
  core::FactSheet sheet = FactsOf(kReadme);
  auto headings = sheet.All(core::FactKind::kHeading);
  ASSERT_EQ(headings.size(), 4u);
  EXPECT_EQ(headings[0]->value, "Features");
}

TEST(AddReadmeFacts, LineOffsetOfEmbeddedText) {
  core::FactSheet sheet;
  core::Provenance base;
  base.path = "notes.md";
  base.line_begin = 10;
  AddReadmeFacts(ParseMarkdown("A tool that does one thing very well indeed.\n"), TextOrigin{base},
                 sheet);
  ASSERT_NE(sheet.First(core::FactKind::kSummary), nullptr);
  EXPECT_EQ(sheet.First(core::FactKind::kSummary)->provenance.line_begin, 10);
}

TEST(AddReadmeFacts, RealFzfReadme) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  std::string title;
  core::FactSheet sheet = FactsOf(ReadRepoDoc("fzf/README.md"), &title);
  const core::Fact* summary = sheet.First(core::FactKind::kSummary);
  ASSERT_NE(summary, nullptr);
  EXPECT_NE(summary->value.find("command-line fuzzy finder"), std::string::npos) << summary->value;
  EXPECT_FALSE(sheet.All(core::FactKind::kInstallCommand).empty());
  EXPECT_FALSE(sheet.All(core::FactKind::kHeading).empty());
}

TEST(AddReadmeFacts, RealReadmesNeverYieldBadgeOnlySummaries) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  for (const char* name : {"ollama", "whisper.cpp", "drogon", "leveldb", "is-odd", "selfcheckgpt",
                           "summac", "AlignScore", "randomfun"}) {
    core::FactSheet sheet = FactsOf(ReadRepoDoc(std::string(name) + "/README.md"));
    const core::Fact* summary = sheet.First(core::FactKind::kSummary);
    ASSERT_NE(summary, nullptr) << name;
    EXPECT_EQ(summary->value.find("badge"), std::string::npos) << name;
    EXPECT_EQ(summary->value.find("!["), std::string::npos) << name;
    EXPECT_GE(summary->value.size(), 25u) << name;
  }
}

TEST(AddReadmeFacts, LanguageSwitcherIsNotASummaryAndSectionTitleIsNotAName) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  std::string title;
  core::FactSheet sheet = FactsOf(ReadRepoDoc("drogon/README.md"), &title);
  EXPECT_EQ(title, "");
  const core::Fact* summary = sheet.First(core::FactKind::kSummary);
  ASSERT_NE(summary, nullptr);
  EXPECT_EQ(summary->value.rfind("Drogon is a C++17/20 based HTTP", 0), 0u);
}

TEST(AddReadmeFacts, ProjectListsDoNotStatePlatformsOfTheProject) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  core::FactSheet sheet = FactsOf(ReadRepoDoc("ollama/README.md"));
  std::vector<std::string> platforms;
  for (const core::Fact* f : sheet.All(core::FactKind::kPlatform)) platforms.push_back(f->value);
  EXPECT_EQ(platforms, (std::vector<std::string>{"Docker"}));  // not the integrations' platforms
}

TEST(AddReadmeFacts, OptionDocsAndWordNumbersAreNotBenchmarks) {
  core::FactSheet sheet = FactsOf(
      "# t\n\nAssuming there are hundreds of handlers, routing stays simple for everyone.\n\n"
      "- --max-duration-s: Maximum duration in seconds, default 30 seconds.\n");
  EXPECT_TRUE(sheet.All(core::FactKind::kBenchmark).empty());
}

TEST(FirstSentence, StopsAtSentenceEnd) {
  EXPECT_EQ(FirstSentence("One thing. Two things."), "One thing.");
  EXPECT_EQ(FirstSentence("v1.2 is out"), "v1.2 is out");
}

}  // namespace
}  // namespace repopost::ingest
