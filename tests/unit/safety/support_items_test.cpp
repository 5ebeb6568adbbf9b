// Issue 13: a sentence that lists things the repository says in different places, or that opens
// with a short lead ("Worth knowing: ..."), is supported item by item; one invented item in the
// list is still flagged.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/fact_sheet.h"
#include "safety/claim_checker.h"

namespace repopost::safety {
namespace {

// A pager README in the shape of the corpus's: features and integrations in separate sections.
core::FactSheet PagerRepo() {
  core::FactSheet sheet;
  sheet.source = "/src/catpage";
  core::Document doc;
  doc.kind = core::SourceKind::kReadme;
  doc.title = "README.md";
  doc.provenance.path = "README.md";
  doc.provenance.line_begin = 1;
  doc.text =
      "# catpage\n\nA cat clone with syntax highlighting and Git integration.\n\n"
      "## Integration with other tools\n\n### fzf\n\nYou can use catpage as a previewer for "
      "fzf.\n\n### find or fd\n\nYou can use the exec option of find to preview all search "
      "results.\n\n### tail -f\n\ncatpage can be combined with tail -f to continuously monitor "
      "a given log file with syntax highlighting.\n\n### man\n\ncatpage can be used as a "
      "colorizing pager for man, by setting the MANPAGER environment variable.\n\n"
      "## Project status\n\nThe project now receives very limited maintenance: only critical "
      "fixes are accepted.\n";
  sheet.AddDocument(doc);
  core::Provenance git;
  git.field = "git:history";
  sheet.Add(core::FactKind::kProjectName, "catpage", git);
  return sheet;
}

Verdict Check(const std::string& sentence, std::string* why) {
  auto checker = ClaimChecker::Create(PagerRepo());
  EXPECT_TRUE(checker) << checker.error().message;
  const SafetyReport report = checker->Check(sentence);
  EXPECT_EQ(report.claims.size(), 1u) << sentence;
  *why = report.claims.at(0).rationale;
  return report.claims.at(0).verdict;
}

TEST(SupportItems, ListsAndLeadsTheRepositorySaysItemByItemPass) {
  for (const std::string& sentence : std::vector<std::string>{
           "Works well with other tools: an fzf previewer, a colorizing MANPAGER, and tail -f "
           "log viewing.",
           "Worth knowing: the project now gets very limited maintenance.",
       }) {
    std::string why;
    EXPECT_EQ(Check(sentence, &why), Verdict::kSupported) << sentence << "\n  " << why;
  }
}

TEST(SupportItems, AnInventedItemOrClaimAfterALeadIsStillFlagged) {
  for (const std::string& sentence : std::vector<std::string>{
           "Works well with other tools: an fzf previewer, a colorizing MANPAGER, and a "
           "real-time collaboration dashboard.",
           "Worth knowing: the project ships a built-in GraphQL server.",
           "It also ships a web dashboard for teams.",
       }) {
    std::string why;
    EXPECT_EQ(Check(sentence, &why), Verdict::kUnsupported) << sentence << "\n  " << why;
  }
}

}  // namespace
}  // namespace repopost::safety
