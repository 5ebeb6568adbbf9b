#include "generate/phrase_renderer.h"

#include <gtest/gtest.h>

namespace repopost::generate {
namespace {

TEST(PhraseRenderer, FillsSlotsAndCollectsTheirFactIds) {
  SlotMap slots{{"project", {"fzf", {"f1"}}}, {"commits", {"3,412", {"f9"}}}};
  core::Result<Rendered> out =
      PhraseRenderer::Fill("{project} has {commits} commits; {project}!", slots);
  ASSERT_TRUE(out);
  EXPECT_EQ(out->text, "fzf has 3,412 commits; fzf!");
  EXPECT_EQ(out->fact_ids, (std::vector<std::string>{"f1", "f9"}));
}

TEST(PhraseRenderer, RefusesToRenderAHole) {
  core::Result<Rendered> out =
      PhraseRenderer::Fill("{project} by {author}", {{"project", {"x", {"f1"}}}});
  ASSERT_FALSE(out);
  EXPECT_EQ(out.error().code, core::ErrorCode::kInternal);
  EXPECT_NE(out.error().message.find("{author}"), std::string::npos);
}

TEST(PhraseRenderer, SlotValuesAreNotReScanned) {
  core::Result<Rendered> out = PhraseRenderer::Fill("{a}", {{"a", {"{b}", {"f1"}}}});
  ASSERT_TRUE(out);
  EXPECT_EQ(out->text, "{b}");
}

TEST(PhraseRenderer, CandidatesKeepOnlyFillableVariantsForTheTone) {
  core::Result<PhraseBank> bank =
      PhraseBank::Parse({{"t.txt",
                          "@version 1\n[s]\n* | one {a}\nminimal | two {a}\nhigh-energy | three "
                          "{a}\n* | four {missing}\n"}});
  ASSERT_TRUE(bank);
  PhraseRenderer renderer(*bank);
  SlotMap slots{{"a", {"x", {"f1"}}}};
  std::vector<Rendered> minimal = renderer.Candidates("s", Tone::kMinimal, slots, 0);
  ASSERT_EQ(minimal.size(), 2u);
  std::vector<std::string> texts{minimal[0].text, minimal[1].text};
  std::sort(texts.begin(), texts.end());
  EXPECT_EQ(texts, (std::vector<std::string>{"one x", "two x"}));
  EXPECT_TRUE(renderer.Candidates("nope", Tone::kMinimal, slots, 0).empty());
}

TEST(PhraseRenderer, SeededChoiceIsStableAndSeedsDiffer) {
  core::Result<PhraseBank> bank =
      PhraseBank::Parse({{"t.txt", "@version 1\n[s]\n* | a\n* | b\n* | c\n* | d\n* | e\n"}});
  ASSERT_TRUE(bank);
  PhraseRenderer renderer(*bank);
  std::set<std::string> picks;
  for (std::uint64_t seed = 0; seed < 16; ++seed) {
    EXPECT_EQ(renderer.Pick("s", Tone::kBalanced, {}, seed)->text,
              renderer.Pick("s", Tone::kBalanced, {}, seed)->text);
    picks.insert(renderer.Pick("s", Tone::kBalanced, {}, seed)->text);
  }
  EXPECT_GE(picks.size(), 3u);
  EXPECT_EQ(SeededHash(1, "x"), SeededHash(1, "x"));
  EXPECT_NE(SeededHash(1, "x"), SeededHash(2, "x"));
}

}  // namespace
}  // namespace repopost::generate
