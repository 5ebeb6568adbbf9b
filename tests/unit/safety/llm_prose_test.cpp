// Issue 13: real LLM sentences about real repositories. The true ones must pass, the invented
// ones must be caught, and evaluations with nothing to check are opinions. Each repository is a
// hand-built FactSheet holding the README passage the sentence is about (quoted from the
// repository, trimmed), so the test reads nothing outside the project.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/fact_sheet.h"
#include "safety/claim_checker.h"
#include "text/wordnet.h"

namespace repopost::safety {
namespace {

core::FactSheet Repo(std::string name, std::string readme) {
  core::FactSheet sheet;
  sheet.source = "/src/" + name;
  core::Document doc;
  doc.kind = core::SourceKind::kReadme;
  doc.title = "README.md";
  doc.provenance.path = "README.md";
  doc.provenance.line_begin = 1;
  doc.text = std::move(readme);
  sheet.AddDocument(doc);
  core::Provenance git;
  git.field = "git:history";
  sheet.Add(core::FactKind::kProjectName, name, git);
  return sheet;
}

struct Case {
  std::string repo;
  std::string sentence;
  Verdict verdict;
  ClaimRole role = ClaimRole::kClaim;
};

core::FactSheet RepoNamed(const std::string& name) {
  if (name == "cobra") {
    return Repo("cobra",
                "# Cobra\n\nCobra is a library for creating powerful modern CLI applications.\n\n"
                "Cobra is used in many Go projects such as [Kubernetes](https://kubernetes.io/),\n"
                "[Hugo](https://gohugo.io), and [GitHub CLI](https://github.com/cli/cli) to name "
                "a few.\n[This list](site/content/projects_using_cobra.md) contains a more "
                "extensive list of projects using Cobra.\n");
  }
  if (name == "json.lua") {
    return Repo("json.lua",
                "# ![json.lua](https://cloud.githubusercontent.com/assets/json.svg)\n"
                "> A lightweight JSON library for Lua\n\n## Features\n"
                "* Implemented in pure Lua: works with 5.1, 5.2, 5.3 and JIT\n"
                "* Fast: generally outperforms other pure Lua JSON implementations\n"
                "* Tiny: around 280sloc, 9kb\n"
                "* Proper error messages, *eg:* `expected '}' or ',' at line 203 col 30`\n");
  }
  if (name == "ripgrep") {
    return Repo("ripgrep",
                "# ripgrep (rg)\n\nripgrep is a line-oriented search tool that recursively "
                "searches the current directory for a regex pattern.\n\n"
                "Here is a straight-up comparison between ripgrep, ugrep and GNU grep on a single "
                "large file cached in memory (~13GB, OpenSubtitles.raw.en.gz, decompressed):\n\n"
                "| Tool | Command | Line count | Time |\n"
                "| ---- | ------- | ---------- | ---- |\n"
                "| ripgrep (Unicode) | `rg -w '[A-Z]\\w+ Sherlock [A-Z]\\w+'` | 20 | **1.04s** |\n"
                "| [ugrep (Unicode)](https://github.com/Genivia/ugrep) | `ugrep -w "
                "'[A-Z]\\w+ Sherlock [A-Z]\\w+'` | 20 | 1.66s |\n"
                "| [GNU grep (Unicode)](https://www.gnu.org/software/grep/) | `egrep -w "
                "'[A-Z]\\w+ Sherlock [A-Z]\\w+'` | 20 | 6.58s |\n");
  }
  if (name == "kilo") {
    return Repo("kilo",
                "Kilo\n===\n\nKilo is a small text editor in less than 1K lines of code (counted "
                "with cloc).\n\nA screencast is available here: https://asciinema.org/a/90r2i9\n\n"
                "Usage: kilo `<filename>`\n\nKeys:\n\n    CTRL-S: Save\n    CTRL-Q: Quit\n"
                "    CTRL-F: Find string in file (ESC to exit search, arrows to navigate)\n");
  }
  if (name == "sinatra") {
    return Repo("sinatra",
                "# Sinatra\n\nSinatra is a DSL for quickly creating web applications in Ruby "
                "with minimal effort:\n\n```ruby\n# myapp.rb\nrequire 'sinatra'\n\nget '/' do\n"
                "  'Hello world!'\nend\n```\n\nInstall the gems needed:\n\n```shell\ngem install "
                "sinatra rackup puma\n```\n\nAnd run with:\n\n```shell\nruby myapp.rb\n```\n\n"
                "View at: [http://localhost:4567](http://localhost:4567)\n");
  }
  return Repo("express",
              "# Express\n\nFast, unopinionated, minimalist web framework for Node.js.\n\n"
              "## Installation\n\n```console\n$ npm install express\n```\n\n## Features\n\n"
              "  * Robust routing\n  * Focus on high performance\n  * Super-high test coverage\n"
              "  * HTTP helpers (redirection, caching, etc)\n");
}

class LlmProseTest : public ::testing::Test {
 protected:
  void Expect(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
      auto checker = ClaimChecker::Create(RepoNamed(c.repo));
      ASSERT_TRUE(checker) << checker.error().message;
      const SafetyReport report = checker->Check(c.sentence);
      ASSERT_EQ(report.claims.size(), 1u) << c.sentence;
      const ClaimResult& r = report.claims[0];
      EXPECT_EQ(r.verdict, c.verdict)
          << c.sentence << "\n  got " << ToString(r.verdict) << ": " << r.rationale;
      EXPECT_EQ(r.role, c.role) << c.sentence;
      EXPECT_FALSE(Describe(r.reason).empty()) << c.sentence;
    }
  }
};

TEST_F(LlmProseTest, TrueSentencesFromIssue13Pass) {
  if (text::WordNet::Shared() == nullptr) GTEST_SKIP() << "WordNet data absent";
  Expect({
      {"cobra",
       "Kubernetes, Hugo and GitHub CLI have something in common: their command lines are built "
       "on Cobra.",
       Verdict::kSupported},
      {"json.lua", "Works with 5.1, 5.2, 5.3 and LuaJIT.", Verdict::kSupported},
      {"json.lua", "json.lua is a JSON library for Lua in about 280 lines (9kb).",
       Verdict::kSupported},
      {"ripgrep", "On a ~13GB file, ripgrep clocked 1.04s vs. 6.58s for GNU grep with Unicode.",
       Verdict::kSupported},
      {"kilo", "\u2022 Open a file: kilo <filename>", Verdict::kSupported},
      {"sinatra",
       "Run gem install sinatra rackup puma, then ruby myapp.rb, and it's live on "
       "localhost:4567.",
       Verdict::kSupported},
  });
}

TEST_F(LlmProseTest, UnsupportedSentencesFromIssue13AreCaught) {
  Expect({
      {"express", "Developers keep choosing Express.", Verdict::kUnsupported},
      {"express", "Express is built to grow with you, from weekend side project to production API.",
       Verdict::kUnsupported},
      {"sinatra", "This week the author went back to Sinatra.", Verdict::kUnsupported},
      {"json.lua", "Works with 5.1, 5.2, 5.3 and LuaJIT, and it is used by Roblox.",
       Verdict::kUnsupported},
      {"ripgrep", "On a ~13GB file, ripgrep clocked 0.9s vs. 6.58s for GNU grep.",
       Verdict::kUnsupported},
  });
}

TEST_F(LlmProseTest, EvaluationsWithNothingToCheckAreOpinions) {
  Expect({
      {"kilo", "It's rough around the edges, and that's part of the point.", Verdict::kNotAClaim,
       ClaimRole::kOpinion},
  });
}

}  // namespace
}  // namespace repopost::safety
