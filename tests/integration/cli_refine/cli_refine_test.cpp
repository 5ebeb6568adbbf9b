// Issue 15 end to end on the real binary: every refine preset works from the CLI for a repository
// and a text source, each step in a new process against the same SQLite store (what refining
// needs is read from the store, never from memory); free text is understood offline; a stored
// hook alternative can be chosen; refusals exit 1; unknown commands and flags get a suggestion;
// `check` names its repository; exports carry the source and the caption.
#include <gtest/gtest.h>

#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>

#include "cli_run.h"
#include "fixture_repo/fixture_repo.h"

namespace repopost::testing {
namespace {

using nlohmann::json;

enum class SourceKind { kRepository, kText };

// The paragraphs of a post.
std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

// `text` without emoji and the spaces before them (remove-emoji and another-tone change those).
std::string Plain(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0 || (c == 0xE2 && i + 1 < text.size() &&
                      static_cast<unsigned char>(text[i + 1]) >= 0x98)) {  // emoji, dingbats
      while (!out.empty() && out.back() == ' ') out.pop_back();
      i += (c >= 0xF0 ? 3 : 2);
      continue;
    }
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 2]) == 0x8F) {
      i += 2;  // variation selector
      continue;
    }
    out += text[i];
  }
  return out;
}

// The shape every version keeps: the closing paragraphs (the question and hashtags) stay last,
// and no edit leaves orphan punctuation or a dangling colon.
void ExpectSameClosing(const std::string& before, const std::string& after) {
  const auto a = Paragraphs(Plain(before));
  const auto b = Paragraphs(Plain(after));
  ASSERT_GE(a.size(), 2u);
  ASSERT_GE(b.size(), 2u);
  EXPECT_EQ(a.back(), b.back()) << after;
  EXPECT_EQ(a[a.size() - 2], b[b.size() - 2]) << after;
  EXPECT_EQ(after.find(". !"), std::string::npos) << after;
  EXPECT_EQ(after.find(":\n\n"), std::string::npos) << after;
}

class RefineMatrix
    : public CliHome,
      public ::testing::WithParamInterface<std::tuple<std::string_view, SourceKind>> {
 protected:
  // Generates a post in its own process; returns the generation JSON.
  json Generate(SourceKind kind) {
    std::string source;
    if (kind == SourceKind::kRepository) {
      repo_ = std::make_unique<FixtureRepo>(MakeCliToolRepo());
      source = repo_->path().string();
    } else {
      source = "- < " + Write("notes.md", kProjectText).string();
    }
    const RunResult generated =
        Run("generate " + source + " --offline --tone high-energy --format json" + db_);
    EXPECT_EQ(generated.exit_code, 0) << generated.err;
    return json::parse(generated.out, nullptr, false);
  }
  std::unique_ptr<FixtureRepo> repo_;
};

// A pasted text states no release, language or command the profile can use, so these presets
// have nothing to add or remove there: they refuse in one sentence, exit 1 (never 4).
bool TextHasNothingFor(std::string_view preset) {
  return preset == "more-technical" || preset == "more-specific" || preset == "less-technical";
}

TEST_P(RefineMatrix, PresetMakesANewVersionInAFreshProcess) {
  const auto [preset, kind] = GetParam();
  const json post = Generate(kind);
  ASSERT_TRUE(post.is_object());
  const std::string id = post["id"];
  const std::string before = post["post"];
  // A new process, as after a restart: nothing of the generation is in memory.
  const RunResult refined =
      Run("refine " + id + " --feedback " + std::string(preset) + " --format json" + db_);
  if (kind == SourceKind::kText && TextHasNothingFor(preset) && refined.exit_code != 0) {
    EXPECT_EQ(refined.exit_code, 1) << refined.err;
    EXPECT_EQ(json::parse(refined.err)["error"]["code"], "conflict") << refined.err;
    return;
  }
  ASSERT_EQ(refined.exit_code, 0) << preset << ": " << refined.err << "\n" << before;
  const json version = json::parse(refined.out);
  EXPECT_EQ(version["seq"], 2);
  EXPECT_EQ(version["reason"], "refine");
  const std::string after = version["text"];
  EXPECT_NE(after, before);
  ExpectSameClosing(before, after);
  // The new version is stored: a third process sees it.
  const RunResult shown = Run("show " + id + " --format json" + db_);
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.out.find(version["id"].get<std::string>()), std::string::npos);
}

constexpr std::array<std::string_view, 8> kPresets{
    "shorter",       "longer",       "more-technical", "less-technical",
    "more-specific", "another-hook", "another-tone",   "remove-emoji"};

INSTANTIATE_TEST_SUITE_P(
    EveryPresetEverySource, RefineMatrix,
    ::testing::Combine(::testing::ValuesIn(kPresets),
                       ::testing::Values(SourceKind::kRepository, SourceKind::kText)),
    [](const auto& info) {
      std::string name(std::get<0>(info.param));
      std::replace(name.begin(), name.end(), '-', '_');
      return name + (std::get<1>(info.param) == SourceKind::kText ? "_text" : "_repository");
    });

class RefineCli : public CliHome {
 protected:
  std::string GenerateFromText(const std::string& extra = "") {
    const RunResult generated = Run("generate - < " + Write("notes.md", kProjectText).string() +
                                    " --offline --format json" + extra + db_);
    EXPECT_EQ(generated.exit_code, 0) << generated.err;
    return json::parse(generated.out)["id"];
  }
};

TEST_F(RefineCli, FreeTextIsUnderstoodOffline) {
  const std::string id = GenerateFromText();
  const RunResult shorter = Run("refine " + id + " --feedback 'make it shorter please'" + db_);
  EXPECT_EQ(shorter.exit_code, 0) << shorter.err;
  const RunResult hook = Run("refine " + id + " --feedback 'try a different hook'" + db_);
  EXPECT_EQ(hook.exit_code, 0) << hook.err;
}

TEST_F(RefineCli, FreeTextNotUnderstoodIsAUsageErrorListingWhatWorks) {
  const std::string id = GenerateFromText();
  const RunResult refused = Run("refine " + id + " --feedback 'translate it to French'" + db_);
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find("ask for one of: shorter, longer"), std::string::npos) << refused.err;
  const RunResult as_json =
      Run("refine " + id + " --feedback 'translate it to French' --format json" + db_);
  EXPECT_EQ(as_json.exit_code, 1);
  EXPECT_EQ(json::parse(as_json.err)["error"]["code"], "usage");
}

TEST_F(RefineCli, RefusalsExitOneNotFour) {
  const std::string id = GenerateFromText(" --tone minimal");
  const RunResult refused = Run("refine " + id + " --feedback remove-emoji" + db_);
  EXPECT_EQ(refused.exit_code, 1) << refused.err;
  EXPECT_NE(refused.err.find("no emoji"), std::string::npos) << refused.err;
  EXPECT_EQ(Run("refine g_doesnotexist --feedback shorter" + db_).exit_code, 2);
}

TEST_F(RefineCli, UseHookOpensWithAStoredAlternative) {
  const std::string id = GenerateFromText();
  const RunResult hooks = Run("feedback " + id + " want-other-hooks --format json" + db_);
  ASSERT_EQ(hooks.exit_code, 0) << hooks.err;
  const RunResult shown = Run("show " + id + " --format json" + db_);
  const json details = json::parse(shown.out)["details"];
  ASSERT_GE(details["hook_options"].size(), 2u) << details.dump(2);
  std::string wanted;
  std::string number;
  for (std::size_t i = 0; i < details["hook_options"].size(); ++i) {
    if (!details["hook_options"][i]["used"].get<bool>()) {
      wanted = details["hook_options"][i]["text"];
      number = std::to_string(i + 1);
      break;
    }
  }
  ASSERT_FALSE(wanted.empty());
  const RunResult used = Run("refine " + id + " --use-hook " + number + db_);
  ASSERT_EQ(used.exit_code, 0) << used.err;
  EXPECT_EQ(used.out.rfind(wanted, 0), 0u) << used.out;
  const RunResult again = Run("refine " + id + " --use-hook " + number + db_);
  EXPECT_EQ(again.exit_code, 1) << again.err;  // already the hook
  EXPECT_EQ(Run("refine " + id + " --use-hook 42" + db_).exit_code, 1);
}

TEST_F(RefineCli, AVersionThatIsNotSafeIsSaidOnStderr) {
  const std::string id = GenerateFromText();
  const auto edited = Write("edited.txt",
                            "quickfmt is used by Netflix and 10 million developers.\n\n"
                            "What would you use quickfmt for first?");
  const RunResult refined = Run("refine " + id + " --edited " + edited.string() + db_);
  EXPECT_EQ(refined.exit_code, 0) << refined.err;
  EXPECT_NE(refined.err.find("warning: version 2 is not safe to post"), std::string::npos)
      << refined.err;
}

TEST_F(RefineCli, ExportsCarryTheSourceAndTheCaption) {
  FixtureRepo repo = MakeCliToolRepo();
  const RunResult generated = Run("generate " + repo.path().string() +
                                  " --offline --caption 'video demo' --format json" + db_);
  ASSERT_EQ(generated.exit_code, 0) << generated.err;
  const std::string id = json::parse(generated.out)["id"];
  const RunResult markdown = Run("export " + id + " --format markdown" + db_);
  ASSERT_EQ(markdown.exit_code, 0) << markdown.err;
  EXPECT_NE(markdown.out.find("source: \"" + repo.path().string()), std::string::npos)
      << markdown.out;
  EXPECT_NE(markdown.out.find("## Caption"), std::string::npos) << markdown.out;
  const RunResult as_json = Run("export " + id + " --format json" + db_);
  EXPECT_NE(as_json.out.find(repo.path().string()), std::string::npos) << as_json.out;
  const RunResult text =
      Run("generate " + repo.path().string() + " --offline --caption 'video demo' --no-store");
  EXPECT_NE(text.out.find("\nCaption (video demo): "), std::string::npos) << text.out;
}

TEST_F(RefineCli, UnknownCommandsAndFlagsGetASuggestion) {
  const RunResult command = Run("genrate .");
  EXPECT_EQ(command.exit_code, 1);
  EXPECT_NE(command.err.find("did you mean 'generate'?"), std::string::npos) << command.err;
  const RunResult flag = Run("generate . --styl growth --offline --no-store");
  EXPECT_EQ(flag.exit_code, 1);
  EXPECT_NE(flag.err.find("did you mean --style?"), std::string::npos) << flag.err;
  const RunResult far = Run("generate . --zzzzzz --no-store");
  EXPECT_EQ(far.exit_code, 1);
  EXPECT_EQ(far.err.find("did you mean"), std::string::npos) << far.err;
}

TEST_F(RefineCli, CheckNamesItsRepositoryAndNeedsOneOutsideARepository) {
  const auto post = Write("draft.txt", "Meet offline.\n\nWhat would you use it for first?");
  const RunResult outside = Run("check --post " + post.string());
  EXPECT_EQ(outside.exit_code, 1);
  EXPECT_NE(outside.err.find("--repo"), std::string::npos) << outside.err;

  FixtureRepo repo = MakeCliToolRepo();
  const RunResult inside = Run("check --post " + post.string(), repo.path().string());
  EXPECT_EQ(inside.exit_code, 0) << inside.err;
  EXPECT_NE(inside.out.find("Checked against " + repo.path().string()), std::string::npos)
      << inside.out;
  EXPECT_EQ(inside.out.find("is safe to post"), std::string::npos) << inside.out;
  const RunResult strict = Run("check --repo " + repo.path().string() + " --post " + post.string() +
                               " --fail-on-unsafe");
  EXPECT_EQ(strict.exit_code, 5) << strict.err;
  // Nothing false, but nothing stated either: not "safe to post", and a failure for scripts.
  const auto empty = Write("empty.txt", "What would you use it for first?\n\n#DevTools");
  const RunResult nothing = Run("check --repo " + repo.path().string() + " --post " +
                                empty.string() + " --fail-on-unsafe");
  EXPECT_EQ(nothing.exit_code, 5) << nothing.out << nothing.err;
  EXPECT_NE(nothing.out.find("states nothing"), std::string::npos) << nothing.out;
  const auto good = Write("good.txt", "tidyjson formats JSON files with a stable key order.");
  const RunResult json_out = Run("check --repo " + repo.path().string() + " --post " +
                                 good.string() + " --format json --fail-on-unsafe");
  const json report = json::parse(json_out.out);
  EXPECT_EQ(report["repository"], repo.path().string());
  EXPECT_EQ(json_out.exit_code, report["signal"] == "safe" ? 0 : 5);
}

}  // namespace
}  // namespace repopost::testing
