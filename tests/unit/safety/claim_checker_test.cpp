#include "safety/claim_checker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "safety/claim_judge.h"
#include "sample_repo.h"

namespace repopost::safety {
namespace {

class ClaimCheckerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto checker = ClaimChecker::Create(testing::SampleRepo());
    ASSERT_TRUE(checker) << checker.error().message;
    checker_.emplace(std::move(*checker));
  }
  Verdict VerdictOf(std::string_view sentence) const {
    const SafetyReport report = checker_->Check(sentence);
    EXPECT_EQ(report.claims.size(), 1u) << sentence;
    return report.claims.empty() ? Verdict::kNotAClaim : report.claims[0].verdict;
  }
  std::optional<ClaimChecker> checker_;
};

struct Case {
  std::string_view sentence;
  Verdict verdict;
};

TEST_F(ClaimCheckerTest, JudgesClaimsAgainstTheRepository) {
  const std::vector<Case> cases{
      {"quickfind is a fast command-line fuzzy finder written in Go.", Verdict::kSupported},
      {"It works with Vim, Neovim and tmux.", Verdict::kSupported},
      {"quickfind has over 10,000 commits.", Verdict::kSupported},
      {"quickfind has 10k commits.", Verdict::kSupported},
      {"It filters 1M lines in about 40 ms.", Verdict::kSupported},
      {"It is a single binary with zero dependencies.", Verdict::kSupported},
      {"Version 0.54.3 added a preview window for files.", Verdict::kSupported},
      // Number changed.
      {"It filters 1,000,000 lines in about 90 ms on a laptop.", Verdict::kUnsupported},
      // Invented entity.
      {"It works with Vim, Emacs and tmux.", Verdict::kUnsupported},
      {"quickfind is used in production at Netflix.", Verdict::kUnsupported},
      // Adoption, outcome, first person, superlative, affiliation.
      {"quickfind is trusted by thousands of teams.", Verdict::kUnsupported},
      {"quickfind will save you hours every week.", Verdict::kUnsupported},
      {"I rebuilt our pipeline with quickfind last month.", Verdict::kUnsupported},
      {"I've used it daily for years, and it works with Vim, Neovim and tmux.",
       Verdict::kUnsupported},
      {"I've been using quickfind with Vim, Neovim and tmux.", Verdict::kUnsupported},
      {"quickfind is the fastest fuzzy finder.", Verdict::kUnsupported},
      {"quickfind tops the TechEmpower benchmark rankings.", Verdict::kUnsupported},
      {"It filters lines, and it will eliminate typos from your searches.", Verdict::kUnsupported},
      {"quickfind is an official Google project.", Verdict::kUnsupported},
      // Negation flips and a wrong language.
      {"It requires root to install.", Verdict::kContradicted},
      {"quickfind is a fast command-line fuzzy finder written in Rust.", Verdict::kContradicted},
      // Invented feature.
      {"quickfind syncs your search history to the cloud.", Verdict::kUnsupported},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ToString(VerdictOf(c.sentence)), ToString(c.verdict)) << c.sentence;
  }
}

TEST_F(ClaimCheckerTest, DroppedQualifierIsUnsupportedAndRepairRestoresIt) {
  const SafetyReport report = checker_->Check("It is 3x faster than grep on large inputs.");
  ASSERT_EQ(report.claims.size(), 1u);
  EXPECT_EQ(report.claims[0].verdict, Verdict::kUnsupported);
  const RepairResult fixed = checker_->Repair("It is 3x faster than grep on large inputs.");
  EXPECT_EQ(fixed.text, "It is up to 3x faster than grep on large inputs.");
  EXPECT_EQ(fixed.after.claims[0].verdict, Verdict::kSupported);
}

TEST_F(ClaimCheckerTest, QuestionsCallsToActionAndHashtagsAreNotClaims) {
  const SafetyReport report = checker_->Check(
      "What would you build with it?\nTry it today.\nIf you live in the terminal, read on.\n"
      "#OpenSource #GoLang");
  ASSERT_EQ(report.claims.size(), 4u);
  for (const ClaimResult& c : report.claims) EXPECT_EQ(c.verdict, Verdict::kNotAClaim) << c.text;
  EXPECT_TRUE(report.is_safe);
  EXPECT_DOUBLE_EQ(report.confidence, 1.0);
}

TEST_F(ClaimCheckerTest, EvidenceNamesChunkPathAndLines) {
  const SafetyReport report = checker_->Check("It works with Vim, Neovim and tmux.");
  ASSERT_FALSE(report.claims[0].evidence.empty());
  const Evidence& e = report.claims[0].evidence[0];
  EXPECT_EQ(e.path, "README.md");
  EXPECT_EQ(e.line_begin, 8);
  EXPECT_NE(e.matched_text.find("Neovim"), std::string::npos);
  EXPECT_FALSE(e.chunk_id.empty());
  EXPECT_FALSE(report.claims[0].rationale.empty());
}

TEST_F(ClaimCheckerTest, ConfidenceAndSafetyFollowThresholds) {
  const SafetyReport good = checker_->Check(
      "quickfind is a fast command-line fuzzy finder written in Go.\nIt works with Vim, "
      "Neovim and tmux.\nTry it!");
  EXPECT_TRUE(good.is_safe);
  EXPECT_DOUBLE_EQ(good.confidence, 1.0);
  const SafetyReport bad = checker_->Check(
      "quickfind is a fast command-line fuzzy finder written in Go.\nTrusted by thousands of "
      "teams.");
  EXPECT_FALSE(bad.is_safe);
  EXPECT_LT(bad.confidence, 1.0);
  EXPECT_FALSE(bad.reasons.empty());
}

// What the template writer writes from a README sentence that ingest also turned into a property
// fact ("zero dependencies", with the sentence as its detail) and a dependency count of 0: the
// sentence itself is supported, not contradicted by its own repetition, and so is the count.
TEST(ClaimCheckerFacts, ARepeatedNegationAndAZeroCountFactSupportTheirSentences) {
  core::FactSheet sheet = testing::SampleRepo();
  const std::string sentence =
      "tidyjson is a command-line tool that formats and validates JSON files in place, with zero "
      "dependencies.";
  core::Document readme;
  readme.kind = core::SourceKind::kReadme;
  readme.title = "README.md";
  readme.provenance.path = "README.md";
  readme.provenance.line_begin = 1;
  readme.text = "# tidyjson\n\n" + sentence + "\n";
  sheet.AddDocument(readme);
  core::Provenance at;
  at.path = "README.md";
  at.line_begin = at.line_end = 3;
  sheet.Add(core::FactKind::kSummary, sentence, at);
  sheet.Add(core::FactKind::kProperty, "zero dependencies", at, sentence);
  core::Provenance manifest;
  manifest.field = "package.json:dependencies";
  sheet.Add(core::FactKind::kDependencyCount, "0", manifest, "npm");
  auto checker = ClaimChecker::Create(sheet);
  ASSERT_TRUE(checker) << checker.error().message;
  for (const std::string claim :
       {sentence, std::string("It declares zero runtime dependencies.")}) {
    const SafetyReport report = checker->Check(claim);
    ASSERT_EQ(report.claims.size(), 1u) << claim;
    EXPECT_EQ(ToString(report.claims[0].verdict), ToString(Verdict::kSupported))
        << claim << ": " << report.claims[0].rationale;
  }
  // The reverse still holds: a claim that drops the negation the evidence has is contradicted.
  const SafetyReport flipped = checker->Check("It requires root to install.");
  ASSERT_EQ(flipped.claims.size(), 1u);
  EXPECT_EQ(ToString(flipped.claims[0].verdict), ToString(Verdict::kContradicted));
}

TEST_F(ClaimCheckerTest, RepairKeepsHookAndCallToActionAndRemovesUnsupportedBullets) {
  const std::string post =
      "quickfind is the fastest fuzzy finder ever made.\n\n"
      "\u2022 It works with Vim, Neovim and tmux.\n"
      "\u2022 Trusted by thousands of teams worldwide.\n"
      "\u2022 Single binary with zero dependencies.\n\n"
      "Try it and tell me what you think!\n\n#OpenSource #GoLang";
  const RepairResult fixed = checker_->Repair(post);
  EXPECT_EQ(fixed.text.find("Trusted"), std::string::npos) << fixed.text;
  EXPECT_NE(fixed.text.find("Try it and tell me what you think!"), std::string::npos);
  EXPECT_NE(fixed.text.find("#OpenSource #GoLang"), std::string::npos);
  EXPECT_NE(fixed.text.find("\u2022 It works with Vim"), std::string::npos);
  EXPECT_EQ(fixed.text.find("fastest"), std::string::npos);
  EXPECT_EQ(fixed.text.rfind("quickfind", 0), 0u) << "hook kept: " << fixed.text;
  EXPECT_TRUE(fixed.after.is_safe) << fixed.text;
  EXPECT_GE(fixed.after.corrections.size(), 2u);
}

TEST_F(ClaimCheckerTest, RepairRedactsSecretsAndPersonalData) {
  const RepairResult fixed = checker_->Repair(
      "It works with Vim, Neovim and tmux. Key: AKIAIOSFODNN7EXAMPLE\nMail jane@example.com");
  EXPECT_EQ(fixed.text.find("AKIAIOSFODNN7EXAMPLE"), std::string::npos) << fixed.text;
  EXPECT_EQ(fixed.text.find("jane@example.com"), std::string::npos) << fixed.text;
  EXPECT_TRUE(fixed.after.policy_hits.empty());
}

TEST_F(ClaimCheckerTest, SurvivesBadInput) {
  EXPECT_TRUE(checker_->Check("").claims.empty());
  EXPECT_TRUE(checker_->Check("").is_safe);
  const SafetyReport tags = checker_->Check("#OpenSource #GoLang #CLI");
  ASSERT_EQ(tags.claims.size(), 1u);
  EXPECT_EQ(tags.claims[0].verdict, Verdict::kNotAClaim);
  std::string big;
  while (big.size() < 100 * 1024) big += "quickfind works with Vim, Neovim and tmux. ";
  EXPECT_FALSE(checker_->Check(big).claims.empty());
  const SafetyReport mixed = checker_->Check(
      "quickfind \xF0\x9F\x9A\x80 \u0645\u0631\u062D\u0628\u0627 \u5FEB\u901F \u00FCber "
      "\xFF\xFE fast.\n\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD.");
  EXPECT_FALSE(mixed.claims.empty());
  const RepairResult repaired = checker_->Repair(std::string("\0\x01\x02binary\xFF", 10));
  EXPECT_TRUE(repaired.after.policy_hits.empty());
}

TEST(ClaimChecker, RejectsInvalidOptions) {
  CheckerOptions options;
  options.min_coverage = 1.5;
  const auto checker = ClaimChecker::Create(testing::SampleRepo(), options);
  ASSERT_FALSE(checker);
  EXPECT_EQ(checker.error().code, core::ErrorCode::kUsage);
  EXPECT_NE(checker.error().message.find("min_coverage"), std::string::npos);
}

}  // namespace
}  // namespace repopost::safety

namespace repopost::safety {
namespace {

// A judge that accepts everything it is asked about, and counts the questions.
class AcceptingJudge : public ClaimJudge {
 public:
  std::optional<Verdict> Judge(std::string_view, const std::vector<Evidence>&) const override {
    ++asked;
    return Verdict::kSupported;
  }
  mutable int asked = 0;
};

TEST(ClaimChecker, AsksTheJudgeOnlyInTheUncertainBand) {
  AcceptingJudge judge;
  CheckerOptions options;
  options.judge = &judge;
  options.min_coverage = 0.3;
  options.uncertain_below = 0.9;
  auto checker = ClaimChecker::Create(testing::SampleRepo(), options);
  ASSERT_TRUE(checker);
  // Half the content words match: uncertain, so the judge decides.
  const SafetyReport uncertain =
      checker->Check("quickfind filters lines on remote servers quickly.");
  ASSERT_EQ(uncertain.claims.size(), 1u);
  EXPECT_TRUE(uncertain.claims[0].judged);
  EXPECT_EQ(uncertain.claims[0].verdict, Verdict::kSupported);
  // A grounded sentence is certain: the judge is not asked.
  const int before = judge.asked;
  const SafetyReport sure = checker->Check("It works with Vim, Neovim and tmux.");
  EXPECT_FALSE(sure.claims[0].judged);
  EXPECT_EQ(judge.asked, before);
}

}  // namespace
}  // namespace repopost::safety

namespace repopost::safety {
namespace {

// Regression: template hooks that only present the project ("Meet quickfind.") were reported as
// unsupported or, next to a negated README sentence, as contradicted.
TEST_F(ClaimCheckerTest, SentencesThatOnlyPresentTheProjectAreNotClaims) {
  EXPECT_EQ(VerdictOf("Meet quickfind."), Verdict::kNotAClaim);
  EXPECT_EQ(VerdictOf("One repository worth a look: quickfind."), Verdict::kNotAClaim);
  EXPECT_EQ(VerdictOf("Introducing quickfind!"), Verdict::kNotAClaim);
  EXPECT_NE(VerdictOf("Meet quickfind, trusted by 500 companies."), Verdict::kNotAClaim);
  EXPECT_NE(VerdictOf("Meet quickfind, the official Google finder."), Verdict::kNotAClaim);
}

}  // namespace
}  // namespace repopost::safety

namespace repopost::safety {
namespace {

// Issue 16: a README that claims endorsement, affiliation or adoption does not support a post
// repeating it; an ordinary README sentence next to it still does.
TEST(ClaimCheckerSelfClaims, RepositorySayingItIsEndorsedIsNotEvidence) {
  core::FactSheet sheet = testing::SampleRepo();
  core::Document boast;
  boast.kind = core::SourceKind::kReadme;
  boast.title = "docs/about.md";
  boast.provenance.path = "docs/about.md";
  boast.provenance.line_begin = 1;
  boast.text =
      "# About\n\n"
      "quickfind is endorsed by Linus Torvalds.\n\n"
      "quickfind is an official Google project.\n\n"
      "quickfind is used by Google and Netflix.\n\n"
      "quickfind is backed by Microsoft.\n\n"
      "quickfind reads the official Go documentation format.\n";
  sheet.AddDocument(boast);
  auto checker = ClaimChecker::Create(sheet);
  ASSERT_TRUE(checker) << checker.error().message;
  for (std::string_view sentence :
       {"quickfind is endorsed by Linus Torvalds.", "quickfind is an official Google project.",
        "quickfind is used by Google and Netflix.", "quickfind is backed by Microsoft."}) {
    const SafetyReport report = checker->Check(sentence);
    ASSERT_EQ(report.claims.size(), 1u) << sentence;
    EXPECT_EQ(report.claims[0].verdict, Verdict::kUnsupported) << sentence;
    EXPECT_NE(report.claims[0].rationale.find("not evidence"), std::string::npos)
        << report.claims[0].rationale;
    EXPECT_FALSE(report.is_safe) << sentence;
  }
  const SafetyReport ordinary =
      checker->Check("quickfind is a fast command-line fuzzy finder written in Go.");
  ASSERT_EQ(ordinary.claims.size(), 1u);
  EXPECT_EQ(ordinary.claims[0].verdict, Verdict::kSupported);
}

}  // namespace
}  // namespace repopost::safety
