// Issue 13: a number counts where the repository writes it with a word of the claim within two
// content words of it ("approximately 190,000 reads per second"), or in a table row the claim
// names ("AlignScore-large averages 73.9"); a changed number is still flagged.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/fact_sheet.h"
#include "safety/claim_checker.h"

namespace repopost::safety {
namespace {

core::FactSheet BenchRepo() {
  core::FactSheet sheet;
  sheet.source = "/src/kvstore";
  core::Document doc;
  doc.kind = core::SourceKind::kReadme;
  doc.title = "README.md";
  doc.provenance.path = "README.md";
  doc.provenance.line_begin = 1;
  doc.text =
      "# kvstore\n\nA fast key-value storage library.\n\n## Read performance\n\n"
      "    readrandom  : 5.215 micros/op;  (approximately 190,000 reads per second after "
      "compaction)\n\n## Leaderboard\n\n| Rank | Metric | Backbone | Average |\n"
      "| --- | --- | --- | --- |\n| 1 | kvscore-large | RoBERTa | 73.9 |\n"
      "| 2 | other-metric | BERT | 68.5 |\n";
  sheet.AddDocument(doc);
  core::Provenance git;
  git.field = "git:history";
  sheet.Add(core::FactKind::kProjectName, "kvstore", git);
  return sheet;
}

Verdict NumberVerdict(const std::string& sentence, std::string* why) {
  auto checker = ClaimChecker::Create(BenchRepo());
  EXPECT_TRUE(checker) << checker.error().message;
  const SafetyReport report = checker->Check(sentence);
  EXPECT_EQ(report.claims.size(), 1u) << sentence;
  *why = report.claims.at(0).rationale;
  for (const CheckedPart& p : report.claims.at(0).parts) {
    if (p.kind == "number" && !p.found) return Verdict::kUnsupported;
  }
  return Verdict::kSupported;
}

TEST(NumberContext, NumbersNearAClaimWordOrInANamedRowAreFound) {
  for (const std::string& sentence : std::vector<std::string>{
           "Random reads reach about 190,000 per second after compaction with enough cache.",
           "On the leaderboard, kvscore-large averages 73.9.",
       }) {
    std::string why;
    EXPECT_EQ(NumberVerdict(sentence, &why), Verdict::kSupported) << sentence << "\n  " << why;
  }
}

TEST(NumberContext, ChangedNumbersAreStillFlagged) {
  for (const std::string& sentence : std::vector<std::string>{
           "Random reads reach about 290,000 per second after compaction with enough cache.",
           "On the leaderboard, kvscore-large averages 79.3.",
       }) {
    std::string why;
    EXPECT_EQ(NumberVerdict(sentence, &why), Verdict::kUnsupported) << sentence << "\n  " << why;
  }
}

}  // namespace
}  // namespace repopost::safety
