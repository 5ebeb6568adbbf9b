// Issue 13: names a post writes in another form than the repository (a part of an identifier,
// without spaces or dots, plural, possessive, pieces of a slash or hyphen compound) are found;
// names the repository never writes in any form are still flagged.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/fact_sheet.h"
#include "safety/claim_checker.h"

namespace repopost::safety {
namespace {

// A web-server README in the shape of the corpus's (middleware list, benchmark table, links).
core::FactSheet WebServerRepo() {
  core::FactSheet sheet;
  sheet.source = "/src/swiftweb";
  core::Document doc;
  doc.kind = core::SourceKind::kReadme;
  doc.title = "README.md";
  doc.provenance.path = "README.md";
  doc.provenance.line_begin = 1;
  doc.text =
      "# swiftweb\n\nswiftweb is an HTTP framework for Node.js written in C++.\n\n"
      "## Middleware\n\n* `Rack::ShowExceptions` for catching unhandled exceptions.\n"
      "* `Rack::CommonLogger` for creating log files.\n\n"
      "## Databases\n\nAsynchronous PostgreSQL and MySQL(MariaDB) clients.\n\n"
      "## Benchmarks\n\n| Benchmark name | ns/op |\n| --- | --- |\n"
      "| BenchmarkAero_GithubAll | 20648 ns/op |\n| BenchmarkGorillaMux_GithubAll | 3384987 "
      "ns/op |\n\nSee the [TFB results](https://www.techempower.com/benchmarks/) and the "
      "tests against ChromiumEnv.\n\nModels are on [huggingface](https://huggingface.co/x).\n";
  sheet.AddDocument(doc);
  core::Provenance git;
  git.field = "git:history";
  sheet.Add(core::FactKind::kProjectName, "swiftweb", git);
  sheet.Add(core::FactKind::kLicense, "MIT", git);
  return sheet;
}

Verdict Check(const std::string& sentence, std::string* why) {
  auto checker = ClaimChecker::Create(WebServerRepo());
  EXPECT_TRUE(checker) << checker.error().message;
  const SafetyReport report = checker->Check(sentence);
  EXPECT_EQ(report.claims.size(), 1u) << sentence;
  const ClaimResult& r = report.claims.at(0);
  *why = r.rationale;
  for (const CheckedPart& p : r.parts) {
    if (p.kind == "name" && !p.found) return Verdict::kUnsupported;
  }
  return Verdict::kSupported;
}

TEST(NameForms, NamesWrittenInAnotherFormAreFound) {
  for (const std::string& sentence : std::vector<std::string>{
           "It ships ShowException and CommonLogger middleware.",  // plural, inside Rack::...
           "It supports PostgreSQL and MySQL/MariaDB.",            // slash pieces
           "swiftweb is an MIT-licensed HTTP framework.",          // hyphen piece + word
           "Aero and Gorilla Mux are in the benchmark table.",     // identifier parts, joined
           "Its README points to TechEmpower results.",            // part of a web address
           "It is an HTTP framework for Node.js written in C++.",  // as written
           "The models are on Hugging Face.",                      // joined form
           "The tests run against Chromium.",                      // camelCase hump
       }) {
    std::string why;
    EXPECT_EQ(Check(sentence, &why), Verdict::kSupported) << sentence << "\n  " << why;
  }
}

TEST(NameForms, NamesTheRepositoryNeverWritesAreStillFlagged) {
  for (const std::string& sentence : std::vector<std::string>{
           "It supports PostgreSQL and MySQL/Oracle.",      // one piece invented
           "It is a Netflix-approved HTTP framework.",      // invented hyphen piece
           "Aero and Gin Mux are in the benchmark table.",  // invented multi-word name
           "It was benchmarked against GPT-4.",             // a versioned name is not its stem
           "It ships ShowErrors middleware.",
       }) {
    std::string why;
    EXPECT_EQ(Check(sentence, &why), Verdict::kUnsupported) << sentence << "\n  " << why;
  }
}

}  // namespace
}  // namespace repopost::safety
