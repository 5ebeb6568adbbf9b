#include "generate/template_writer.h"

#include <gtest/gtest.h>

#include "fact_sheets.h"
#include "generate/hook_writer.h"

namespace repopost::generate {
namespace {

TEST(TemplateWriter, FailsClearlyWhenThereIsNothingTrueToSay) {
  core::FactSheet empty;
  empty.Add(core::FactKind::kLicense, "MIT", {});
  core::Result<Post> post = TemplateWriter().Write(empty, PostOptions{});
  ASSERT_FALSE(post);
  EXPECT_EQ(post.error().code, core::ErrorCode::kInput);
}

// The story hook is the release story, told only in build-in-public (the author's own project);
// a commit count is not a story a reader can check (issue 12).
TEST(TemplateWriter, StoryHookTellsTheReleaseInBuildInPublic) {
  PostOptions options{.style = Style::kBuildInPublic, .hook = HookType::kStory};
  core::Result<Post> post = TemplateWriter().Write(testing::RichCliTool(), options);
  ASSERT_TRUE(post);
  EXPECT_EQ(post->hook_used, HookType::kStory);
  EXPECT_NE(post->hook.find("0.54.3"), std::string::npos) << post->hook;
  options.style = Style::kGrowth;
  core::Result<Post> growth = TemplateWriter().Write(testing::RichCliTool(), options);
  ASSERT_TRUE(growth);
  EXPECT_NE(growth->hook_used, HookType::kStory) << growth->hook;
}

TEST(TemplateWriter, FallsBackAndSaysSoWhenAHookHasNoFacts) {
  PostOptions options{.hook = HookType::kBoldClaim};
  core::Result<Post> post = TemplateWriter().Write(testing::ThinRepo(), options);
  ASSERT_TRUE(post);
  EXPECT_NE(post->hook_used, HookType::kBoldClaim);
  EXPECT_TRUE(std::any_of(post->notes.begin(), post->notes.end(), [](const std::string& note) {
    return note.find("no facts for a bold-claim hook") != std::string::npos;
  }));
}

TEST(TemplateWriter, BoldClaimQuotesTheRepositoryBenchmarkVerbatim) {
  PostOptions options{.tone = Tone::kMinimal, .hook = HookType::kBoldClaim};
  core::Result<Post> post = TemplateWriter().Write(testing::LibraryWithBenchmarks(), options);
  ASSERT_TRUE(post);
  EXPECT_NE(post->hook.find("1.4 MB/s per the db_bench run on 1000000 entries"), std::string::npos)
      << post->hook;
}

TEST(TemplateWriter, ConcreteMiddleHasInstallLineAndLatestChanges) {
  core::Result<Post> post = TemplateWriter().Write(testing::RichCliTool(), PostOptions{});
  ASSERT_TRUE(post);
  EXPECT_NE(post->text.find("→ brew install fzf"), std::string::npos);
  EXPECT_NE(post->text.find("0.54.3"), std::string::npos);
  EXPECT_EQ(post->text.find("**"), std::string::npos) << "no Markdown marks";
  EXPECT_EQ(post->text.find('`'), std::string::npos);
}

TEST(TemplateWriter, LinkGoesInTheBodyOrIsLeftOut) {
  PostOptions options;
  options.link = LinkMode::kBody;
  core::Result<Post> with_link = TemplateWriter().Write(testing::RichCliTool(), options);
  options.link = LinkMode::kNone;
  core::Result<Post> without = TemplateWriter().Write(testing::RichCliTool(), options);
  ASSERT_TRUE(with_link && without);
  EXPECT_NE(with_link->text.find("https://github.com/junegunn/fzf"), std::string::npos);
  EXPECT_EQ(without->text.find("https://"), std::string::npos);
}

TEST(TemplateWriter, MinimalToneHasNoEmojiAndHighEnergyHasSome) {
  auto count_emoji = [](const std::string& text) {
    int n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) n += static_cast<unsigned char>(text[i]) == 0xF0;
    return n;  // 4-byte sequences: the emoji the tones use
  };
  PostOptions options{.tone = Tone::kMinimal};
  core::Result<Post> minimal = TemplateWriter().Write(testing::RichCliTool(), options);
  options.tone = Tone::kHighEnergy;
  core::Result<Post> loud = TemplateWriter().Write(testing::RichCliTool(), options);
  ASSERT_TRUE(minimal && loud);
  EXPECT_EQ(count_emoji(minimal->text), 0);
  EXPECT_EQ(minimal->text.find("✅"), std::string::npos);
  EXPECT_GE(count_emoji(loud->text), 3);
  EXPECT_LE(count_emoji(loud->text), 16);
  EXPECT_EQ(loud->text.find("🔥 brew"), std::string::npos) << "emoji never touch code";
}

TEST(TemplateWriter, FactsUsedKeepProvenanceAndRecordsPhraseBankVersion) {
  core::Result<Post> post =
      TemplateWriter().Write(testing::RichCliTool(), PostOptions{.caption_asset = "screenshot"});
  ASSERT_TRUE(post);
  EXPECT_EQ(post->writer, WriterTier::kTemplate);
  EXPECT_FALSE(post->caption.empty());
  EXPECT_TRUE(post->notes.front().starts_with("phrase-bank v"));
  bool readme = false;
  for (const core::Fact& fact : post->facts_used) readme |= fact.provenance.path == "README.md";
  EXPECT_TRUE(readme);
}

TEST(TemplateWriter, NoHashtagsWhenDisabled) {
  core::Result<Post> post =
      TemplateWriter().Write(testing::RichCliTool(), PostOptions{.hashtags = false});
  ASSERT_TRUE(post);
  EXPECT_TRUE(post->hashtags.empty());
  EXPECT_EQ(post->text.find("#OpenSource"), std::string::npos);
}

TEST(TemplateWriter, BadCaptionAssetIsAUsageError) {
  core::Result<Post> post = TemplateWriter().Write(
      testing::RichCliTool(), PostOptions{.caption_asset = std::string(200, 'x')});
  ASSERT_FALSE(post);
  EXPECT_EQ(post.error().code, core::ErrorCode::kUsage);
}

TEST(HookWriter, HookFitsCountsUtf16AndLines) {
  EXPECT_TRUE(HookFits("short"));
  EXPECT_TRUE(HookFits("one\ntwo"));
  EXPECT_FALSE(HookFits("one\ntwo\nthree"));
  EXPECT_FALSE(HookFits(std::string(141, 'a')));
  std::string emoji;
  for (int i = 0; i < 71; ++i) emoji += "🚀";  // 2 UTF-16 units each
  EXPECT_FALSE(HookFits(emoji));
  EXPECT_FALSE(HookFits(""));
}

}  // namespace
}  // namespace repopost::generate
