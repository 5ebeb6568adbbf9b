// Issue 14, item 4: checker gaps found by replaying real LLM answers through the product. Each
// probe is a sentence the checker let through (or flagged) wrongly, next to its faithful twin
// that must pass. The repository is a hand-built FactSheet read the way the product reads one:
// profile first, then the checker on the profile's sheet.
#include <gtest/gtest.h>

#include <string>

#include "profile/profile_builder.h"
#include "profile/profile_sheet.h"
#include "safety/claim_checker.h"

namespace repopost::safety {
namespace {

core::FactSheet SearchTool() {
  core::FactSheet sheet;
  sheet.source = "/src/ripgrep";
  core::Document readme;
  readme.kind = core::SourceKind::kReadme;
  readme.title = "README.md";
  readme.provenance.path = "README.md";
  readme.provenance.line_begin = 1;
  readme.text =
      "# ripgrep\n\n"
      "ripgrep is a line-oriented search tool that recursively searches the current directory "
      "for a regex pattern.\n\n"
      "ripgrep has first class support on Windows, macOS and Linux.\n\n"
      "## Features\n\n"
      "- ripgrep is generally faster than GNU grep on large directories.\n"
      "- It is one of the fastest search tools for large source trees.\n"
      "- It searches compressed files transparently.\n"
      "- Indexing the Linux kernel tree takes about 40 seconds.\n"
      "- It searches up to 8 files in parallel.\n\n"
      "## Installation\n\n"
      "```sh\ncargo install ripgrep\n```\n\n"
      "## Usage\n\n"
      "Usage: rg `<pattern>`\n";
  sheet.AddDocument(readme);
  core::Document manifest;
  manifest.kind = core::SourceKind::kManifest;
  manifest.title = "Cargo.toml";
  manifest.provenance.path = "Cargo.toml";
  manifest.text = "[package]\nname = \"ripgrep\"\nversion = \"14.1.0\"\n";
  sheet.AddDocument(manifest);
  core::Provenance tag;
  tag.field = "git:tag";
  tag.tag = "14.1.0";
  sheet.Add(core::FactKind::kTag, "14.1.0", tag, "2024-09-08");
  core::Provenance history;
  history.field = "git:history";
  sheet.Add(core::FactKind::kCommitCount, "2114", history);
  for (int i = 1; i <= 10; ++i) {
    core::Provenance p;
    p.path = "examples/example" + std::to_string(i) + ".rs";
    p.line_begin = 1;
    sheet.Add(core::FactKind::kExample, "example" + std::to_string(i) + ".rs", p,
              "// Example " + std::to_string(i));
  }
  return sheet;
}

class CheckerGapsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const core::FactSheet raw = SearchTool();
    profile_ = std::make_shared<const profile::ProjectProfile>(profile::BuildProfile(raw));
    sheet_ = profile::ProfileSheet(*profile_, raw);
    auto index = index::RepoIndex::Build(sheet_, {});
    ASSERT_TRUE(index);
    auto checker = ClaimChecker::Create(
        sheet_, std::make_shared<const index::RepoIndex>(std::move(*index)), {}, profile_);
    ASSERT_TRUE(checker);
    checker_.emplace(std::move(*checker));
  }

  // The verdict of the one sentence (kNotAClaim when nothing in it is checked).
  ClaimResult Result(const std::string& sentence) {
    const SafetyReport report = checker_->Check(sentence);
    EXPECT_EQ(report.claims.size(), 1u) << sentence;
    return report.claims.empty() ? ClaimResult{} : report.claims.front();
  }
  Verdict VerdictOf(const std::string& sentence) { return Result(sentence).verdict; }

  std::shared_ptr<const profile::ProjectProfile> profile_;
  core::FactSheet sheet_;
  std::optional<ClaimChecker> checker_;
};

// Gap 1: a negation against what the repository states positively.
TEST_F(CheckerGapsTest, NegatedSupportedPlatformIsContradicted) {
  EXPECT_EQ(VerdictOf("ripgrep does not support Windows."), Verdict::kContradicted);
  EXPECT_EQ(VerdictOf("ripgrep doesn't run on macOS."), Verdict::kContradicted);
  EXPECT_EQ(VerdictOf("ripgrep supports Windows."), Verdict::kSupported);
}

TEST_F(CheckerGapsTest, NegatedFeatureIsContradicted) {
  EXPECT_EQ(VerdictOf("ripgrep does not search compressed files."), Verdict::kContradicted);
  EXPECT_EQ(VerdictOf("ripgrep searches compressed files."), Verdict::kSupported);
}

// Gap 2: a claim that drops the source's qualifier says more than the source.
TEST_F(CheckerGapsTest, AlwaysWhereTheSourceSaysGenerallyIsUnsupported) {
  const ClaimResult widened = Result("ripgrep is always faster than GNU grep.");
  EXPECT_EQ(widened.verdict, Verdict::kUnsupported);
  EXPECT_NE(widened.rationale.find("generally"), std::string::npos) << widened.rationale;
  EXPECT_EQ(VerdictOf("ripgrep is generally faster than GNU grep."), Verdict::kSupported);
}

TEST_F(CheckerGapsTest, TheFastestWhereTheSourceSaysOneOfTheFastestIsUnsupported) {
  const ClaimResult widened = Result("ripgrep is the fastest search tool for large source trees.");
  EXPECT_EQ(widened.verdict, Verdict::kUnsupported);
  EXPECT_NE(widened.rationale.find("one of"), std::string::npos) << widened.rationale;
  EXPECT_EQ(VerdictOf("ripgrep is one of the fastest search tools for large source trees."),
            Verdict::kSupported);
}

TEST_F(CheckerGapsTest, ExactNumberWhereTheSourceSaysAboutIsUnsupported) {
  const ClaimResult widened = Result("Indexing the Linux kernel tree takes 40 seconds.");
  EXPECT_EQ(widened.verdict, Verdict::kUnsupported);
  EXPECT_NE(widened.rationale.find("about"), std::string::npos) << widened.rationale;
  EXPECT_EQ(VerdictOf("Indexing the Linux kernel tree takes about 40 seconds."),
            Verdict::kSupported);
}

TEST_F(CheckerGapsTest, AlwaysOrPlainNumberWhereTheSourceSaysUpToIsUnsupported) {
  for (const char* widened :
       {"ripgrep always searches 8 files in parallel.", "ripgrep searches 8 files in parallel."}) {
    const ClaimResult r = Result(widened);
    EXPECT_EQ(r.verdict, Verdict::kUnsupported) << widened << ": " << r.rationale;
    EXPECT_NE(r.rationale.find("up to"), std::string::npos) << widened << ": " << r.rationale;
  }
  EXPECT_EQ(VerdictOf("ripgrep searches up to 8 files in parallel."), Verdict::kSupported);
}

// Gap 3: a question that presupposes a fact is checked for that fact.
TEST_F(CheckerGapsTest, QuestionsArePresuppositionsChecked) {
  EXPECT_NE(VerdictOf("Why is ripgrep 10x faster than GNU grep?"), Verdict::kSupported);
  EXPECT_NE(VerdictOf("Why is ripgrep 10x faster than GNU grep?"), Verdict::kNotAClaim);
  EXPECT_EQ(VerdictOf("Why does ripgrep search compressed files?"), Verdict::kSupported);
  EXPECT_EQ(VerdictOf("How come ripgrep is 10x faster than GNU grep?"), Verdict::kUnsupported);
  EXPECT_EQ(VerdictOf("What would you build with it?"), Verdict::kNotAClaim);
  EXPECT_EQ(VerdictOf("Have you tried it yet?"), Verdict::kNotAClaim);
  EXPECT_EQ(VerdictOf("Why would anyone need another search tool?"), Verdict::kNotAClaim);
  EXPECT_EQ(VerdictOf("How does it compare to GNU grep?"), Verdict::kNotAClaim);
}

// Gap 4: an install line names the project's package whatever the words before it.
TEST_F(CheckerGapsTest, InstallLinesAreCheckedWhateverTheirLead) {
  for (const char* lead : {"Get started: ", "Try it: ", "Install with ", "\u2192 ", ""}) {
    const std::string wrong = std::string(lead) + "apt install ripgrep-pro";
    EXPECT_EQ(VerdictOf(wrong), Verdict::kUnsupported) << wrong;
    const std::string right = std::string(lead) + "cargo install ripgrep";
    EXPECT_NE(VerdictOf(right), Verdict::kUnsupported) << right;
    EXPECT_NE(VerdictOf(right), Verdict::kContradicted) << right;
  }
}

// Gap 5: emoji, pictographs, variation selectors and joiners are not words.
TEST_F(CheckerGapsTest, EmojiAreNotWords) {
  for (const char* emoji : {"\u2328\uFE0F ", "\u23F1\uFE0F ", "\u2139\uFE0F ", "\u203C\uFE0F ",
                            "\u2934\uFE0F ", "\U0001F469\u200D\U0001F4BB ", ""}) {
    const std::string sentence = std::string(emoji) + "Usage is one line: rg <pattern>";
    const ClaimResult r = Result(sentence);
    EXPECT_NE(r.verdict, Verdict::kUnsupported) << sentence << ": " << r.rationale;
    EXPECT_NE(r.verdict, Verdict::kContradicted) << sentence << ": " << r.rationale;
  }
}

// Gap 6: a count of the tree's entries ("ships 10 examples") is checked against the tree.
TEST_F(CheckerGapsTest, CountOfExamplesIsCheckedAgainstTheTree) {
  const ClaimResult ten = Result("ripgrep ships 10 examples.");
  EXPECT_EQ(ten.verdict, Verdict::kSupported) << ten.rationale;
  EXPECT_EQ(VerdictOf("ripgrep ships 12 examples."), Verdict::kUnsupported);
}

// Gap 7: evidence from git names a readable place, and a verdict shows the evidence behind it.
TEST_F(CheckerGapsTest, GitEvidenceHasAReadableLocation) {
  const ClaimResult r = Result("ripgrep has 2114 commits.");
  ASSERT_EQ(r.verdict, Verdict::kSupported) << r.rationale;
  ASSERT_FALSE(r.evidence.empty());
  for (const Evidence& e : r.evidence) {
    EXPECT_FALSE(e.path.empty()) << e.matched_text;
    EXPECT_FALSE(e.path.starts_with(":")) << e.path;
    EXPECT_EQ(e.path.find("git:"), std::string::npos) << e.path;
  }
  EXPECT_EQ(r.rationale.find(" :"), std::string::npos) << r.rationale;
  const ClaimResult tag = Result("The latest release is 14.1.0.");
  ASSERT_FALSE(tag.evidence.empty()) << tag.rationale;
  EXPECT_EQ(tag.evidence.front().path.find("git:"), std::string::npos) << tag.evidence.front().path;
  EXPECT_FALSE(tag.evidence.front().path.empty());
}

TEST_F(CheckerGapsTest, SupportedVerdictShowsTheEvidenceThatSupportsIt) {
  const ClaimResult r = Result("ripgrep is generally faster than GNU grep.");
  ASSERT_EQ(r.verdict, Verdict::kSupported) << r.rationale;
  ASSERT_FALSE(r.evidence.empty());
  EXPECT_NE(r.evidence.front().matched_text.find("generally faster"), std::string::npos)
      << r.evidence.front().path << ": " << r.evidence.front().matched_text;
  EXPECT_NE(r.rationale.find("README.md"), std::string::npos) << r.rationale;
}

// The same checks without a profile (a checker built on the FactSheet alone): value facts such
// as a platform have no polarity of their own, so a negated claim must meet the fact's statement.
core::FactSheet RawSheet(const std::string& name, const std::string& readme) {
  core::FactSheet sheet;
  sheet.source = "/src/" + name;
  core::Document doc;
  doc.kind = core::SourceKind::kReadme;
  doc.title = "README.md";
  doc.provenance.path = "README.md";
  doc.provenance.line_begin = 1;
  doc.text = readme;
  sheet.AddDocument(doc);
  core::Provenance git;
  git.field = "git:history";
  sheet.Add(core::FactKind::kProjectName, name, git);
  return sheet;
}

ClaimResult CheckOne(const core::FactSheet& sheet, const std::string& sentence) {
  auto checker = ClaimChecker::Create(sheet);
  EXPECT_TRUE(checker);
  const SafetyReport report = checker->Check(sentence);
  EXPECT_EQ(report.claims.size(), 1u) << sentence;
  return report.claims.empty() ? ClaimResult{} : report.claims.front();
}

TEST(CheckerGaps, NegatedPlatformFactIsContradictedWithoutAProfile) {
  core::FactSheet sheet =
      RawSheet("ripgrep",
               "# ripgrep\n\nripgrep is a line-oriented search tool.\n\n"
               "ripgrep has first class support on Windows, macOS and Linux.\n");
  for (const char* platform : {"Windows", "macOS", "Linux"}) {
    core::Provenance p;
    p.path = "README.md";
    p.line_begin = 5;
    sheet.Add(core::FactKind::kPlatform, platform, p);
  }
  for (const char* negated : {"ripgrep does not support Windows.", "It doesn't run on macOS."}) {
    const ClaimResult r = CheckOne(sheet, negated);
    EXPECT_EQ(r.verdict, Verdict::kContradicted) << negated << ": " << r.rationale;
  }
  const ClaimResult twin = CheckOne(sheet, "ripgrep supports Windows.");
  EXPECT_EQ(twin.verdict, Verdict::kSupported) << twin.rationale;
  // A negation that does not reach the platform denies nothing about it.
  const ClaimResult other = CheckOne(sheet, "No configuration needed: ripgrep runs on Linux.");
  EXPECT_NE(other.verdict, Verdict::kContradicted) << other.rationale;
}

TEST(CheckerGaps, EmojiBeforeACommandIsNotAWord) {
  const core::FactSheet kilo =
      RawSheet("kilo",
               "Kilo\n===\n\nKilo is a small text editor in less than 1K lines of code.\n\n"
               "Usage: kilo `<filename>`\n\nKeys:\n\n    CTRL-S: Save\n    CTRL-Q: Quit\n");
  for (const char* emoji : {"\u2328\uFE0F ", "\u23F1\uFE0F ", "\u2139\uFE0F ", "\u203C\uFE0F ",
                            "\u2934\uFE0F ", "\U0001F469\u200D\U0001F4BB ", ""}) {
    const std::string sentence = std::string(emoji) + "Usage is one line: kilo <filename>";
    const ClaimResult r = CheckOne(kilo, sentence);
    EXPECT_EQ(r.verdict, Verdict::kSupported) << sentence << ": " << r.rationale;
  }
}

// A checker built the way the product builds one, on a README and a manifest.
std::optional<ClaimChecker> ProfiledChecker(const core::FactSheet& raw) {
  auto profile = std::make_shared<const profile::ProjectProfile>(profile::BuildProfile(raw));
  const core::FactSheet sheet = profile::ProfileSheet(*profile, raw);
  auto index = index::RepoIndex::Build(sheet, {});
  if (!index) return std::nullopt;
  auto checker = ClaimChecker::Create(
      sheet, std::make_shared<const index::RepoIndex>(std::move(*index)), {}, profile);
  if (!checker) return std::nullopt;
  return std::move(*checker);
}

// Gap 4 without an install line in the README: the manifest's name is the package.
TEST(CheckerGaps, InstallLineWithoutAnInstallSectionNamesTheManifestPackage) {
  core::FactSheet raw =
      RawSheet("ripgrep", "# ripgrep\n\nripgrep is a line-oriented search tool.\n");
  core::Document manifest;
  manifest.kind = core::SourceKind::kManifest;
  manifest.title = "Cargo.toml";
  manifest.provenance.path = "Cargo.toml";
  manifest.text = "[package]\nname = \"ripgrep\"\nversion = \"14.1.0\"\n";
  raw.AddDocument(manifest);
  const std::optional<ClaimChecker> checker = ProfiledChecker(raw);
  ASSERT_TRUE(checker);
  for (const char* lead : {"Get started: ", "Try it: ", "Install with ", "\u2192 "}) {
    const std::string wrong = std::string(lead) + "apt install ripgrep-pro";
    EXPECT_FALSE(checker->Check(wrong).is_safe) << wrong;
    const std::string right = std::string(lead) + "cargo install ripgrep";
    for (const ClaimResult& c : checker->Check(right).claims) {
      EXPECT_NE(c.verdict, Verdict::kUnsupported) << right << ": " << c.rationale;
    }
  }
}

// Gap 7: a sentence several facts support together shows those facts, not the sheet's first.
TEST(CheckerGaps, ClaimOnSeveralFactsShowsThoseFacts) {
  core::FactSheet raw =
      RawSheet("ripgrep", "# ripgrep\n\nripgrep is a line-oriented search tool.\n");
  core::Provenance history;
  history.field = "git:history";
  raw.Add(core::FactKind::kCommitCount, "2114", history);
  raw.Add(core::FactKind::kLanguage, "Rust", history, "99.1%");
  auto checker = ClaimChecker::Create(raw);
  ASSERT_TRUE(checker);
  const SafetyReport report = checker->Check("2114 commits, all of it Rust code.");
  ASSERT_EQ(report.claims.size(), 1u);
  const ClaimResult& r = report.claims.front();
  ASSERT_EQ(r.verdict, Verdict::kSupported) << r.rationale;
  for (const Evidence& e : r.evidence) {
    EXPECT_NE(e.matched_text, "ripgrep") << e.part << " at " << e.path;
    EXPECT_FALSE(e.path.starts_with("git:")) << e.path;
  }
  EXPECT_EQ(r.rationale.find(" :"), std::string::npos) << r.rationale;
}

}  // namespace
}  // namespace repopost::safety
