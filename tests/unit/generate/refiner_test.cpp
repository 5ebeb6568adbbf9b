// Refiner: each action changes a post in its one predictable way and keeps the post's shape
// (hook first, closing and link last, no orphan punctuation, no dangling colon). Regression
// cases from issue 15 are named after what went wrong.
#include "generate/refiner.h"

#include <gtest/gtest.h>

#include "generate/refine_request.h"

namespace repopost::generate {
namespace {

constexpr std::string_view kPost =
    "One repository worth a look: ripgrep.\n\n"
    "ripgrep searches directories for a regex pattern while respecting your gitignore rules.\n\n"
    "Binaries ship for aarch64-unknown-linux-musl and x86_64 Windows.\n\n"
    "To try it:\n→ cargo install ripgrep\n\n"
    "What would you use ripgrep for first?\n\n"
    "https://github.com/BurntSushi/ripgrep\n\n"
    "#Rust #CommandLine";

core::Fact MakeFact(core::FactKind kind, std::string value) {
  return core::Fact{"f" + value.substr(0, 3), kind, std::move(value), "", {}};
}

RefineInput Input(std::string_view text = kPost) {
  RefineInput input;
  input.text = std::string(text);
  input.facts = {MakeFact(core::FactKind::kLanguage, "Rust"),
                 MakeFact(core::FactKind::kLicense, "MIT"),
                 MakeFact(core::FactKind::kUsageSnippet, "rg -n 'fn main' src"),
                 MakeFact(core::FactKind::kLatestTag, "14.1.0"),
                 MakeFact(core::FactKind::kFeature, "Features:")};
  input.hook_options = {{HookType::kCuriosity, "One repository worth a look: ripgrep.", {}},
                        {HookType::kBoldClaim, "ripgrep respects your gitignore rules.", {}},
                        {HookType::kStory, "It started as a faster grep.", {}}};
  return input;
}

std::string Refined(const RefineInput& input, RefineAction action) {
  auto refined = Refine(input, action);
  EXPECT_TRUE(refined) << ToString(action) << ": " << refined.error().message;
  return refined ? refined->text : std::string();
}

void ExpectShape(const std::string& text) {
  EXPECT_TRUE(text.ends_with("https://github.com/BurntSushi/ripgrep\n\n#Rust #CommandLine"))
      << text;
  EXPECT_EQ(text.find(". !"), std::string::npos) << text;
  EXPECT_EQ(text.find(":\n\n"), std::string::npos) << "dangling colon:\n" << text;
}

TEST(Refiner, LongerAddsBeforeTheQuestionAndLinkNotAfterThem) {
  const std::string text = Refined(Input(), RefineAction::kLonger);
  ExpectShape(text);
  EXPECT_NE(text.find("Written in Rust.\n\nWhat would you use"), std::string::npos) << text;
}

TEST(Refiner, MoreTechnicalAddsACommandWithItsLeadIn) {
  const std::string text = Refined(Input(), RefineAction::kMoreTechnical);
  ExpectShape(text);
  EXPECT_NE(text.find("To use it:\nrg -n 'fn main' src\n\nWhat would"), std::string::npos) << text;
}

TEST(Refiner, MoreSpecificAddsANumber) {
  const std::string text = Refined(Input(), RefineAction::kMoreSpecific);
  ExpectShape(text);
  EXPECT_NE(text.find("Latest release: 14.1.0."), std::string::npos) << text;
}

TEST(Refiner, NeverAddsAFactEndingOnAColon) {
  RefineInput input = Input();
  input.facts = {MakeFact(core::FactKind::kFeature, "Features:")};
  auto refused = Refine(input, RefineAction::kLonger);
  ASSERT_FALSE(refused) << refused->text;
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
}

TEST(Refiner, LessTechnicalDropsCommandsAndTargetTriples) {
  const std::string text = Refined(Input(), RefineAction::kLessTechnical);
  ExpectShape(text);
  EXPECT_EQ(text.find("cargo install"), std::string::npos) << text;
  EXPECT_EQ(text.find("aarch64-unknown-linux-musl"), std::string::npos) << text;
  EXPECT_EQ(text.find("To try it:"), std::string::npos) << text;
}

TEST(Refiner, ShorterCutsABodyParagraphNeverTheHookOrClosing) {
  const std::string text = Refined(Input(), RefineAction::kShorter);
  ExpectShape(text);
  EXPECT_TRUE(text.starts_with("One repository worth a look: ripgrep.")) << text;
  EXPECT_NE(text.find("What would you use ripgrep for first?"), std::string::npos);
  EXPECT_LT(text.size(), kPost.size());
}

TEST(Refiner, AnotherHookTakesAStoredAlternative) {
  const std::string text = Refined(Input(), RefineAction::kAnotherHook);
  ExpectShape(text);
  EXPECT_TRUE(text.starts_with("ripgrep respects your gitignore rules.")) << text;
}

TEST(Refiner, UseHookByNumberTypeOrText) {
  RefineInput input = Input();
  input.hook_choice = "3";
  EXPECT_TRUE(Refined(input, RefineAction::kUseHook).starts_with("It started as a faster grep."));
  input.hook_choice = "bold-claim";
  EXPECT_TRUE(Refined(input, RefineAction::kUseHook).starts_with("ripgrep respects"));
  input.hook_choice = "It started as a faster grep.";
  EXPECT_TRUE(Refined(input, RefineAction::kUseHook).starts_with("It started"));
  input.hook_choice = "9";
  auto refused = Refine(input, RefineAction::kUseHook);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::kUsage);
  input.hook_choice = "1";
  ASSERT_FALSE(Refine(input, RefineAction::kUseHook));  // already the hook
}

TEST(Refiner, AnotherToneThenRemoveEmojiLeavesNoOrphanPunctuation) {
  // Issue 15: "One repository worth a look: ripgrep. 🚀!" and then ". !".
  RefineInput input = Input();
  input.text = "One repository worth a look: ripgrep. 🚀\n\nBody.\n\nhttps://example.com";
  const std::string lively = Refined(input, RefineAction::kAnotherTone);
  EXPECT_TRUE(lively.starts_with("One repository worth a look: ripgrep! 🚀")) << lively;
  input.text = lively;
  const std::string plain = Refined(input, RefineAction::kRemoveEmoji);
  EXPECT_TRUE(plain.starts_with("One repository worth a look: ripgrep!\n\n")) << plain;
}

TEST(Refiner, LessTechnicalKeepsTheProseBesideATechnicalLine) {
  RefineInput input = Input();
  input.text = "Hook.\n\n⚡ It validates JSON.\n✅ It has a --check mode for CI.\n\nWhat next?";
  EXPECT_EQ(Refined(input, RefineAction::kLessTechnical),
            "Hook.\n\n⚡ It validates JSON.\n\nWhat next?");
}

TEST(Refiner, AChosenHookKeepsItsAccentOnlyInAPostWithEmoji) {
  RefineInput input = Input();
  input.hook_options.push_back({HookType::kEmotional, "Formatting JSON should not hurt. 🚀", {}});
  input.hook_choice = "emotional";
  EXPECT_TRUE(
      Refined(input, RefineAction::kUseHook).starts_with("Formatting JSON should not hurt.\n"));
  input.text = "Old hook. 🚀\n\nBody.";
  EXPECT_EQ(Refined(input, RefineAction::kUseHook), "Formatting JSON should not hurt. 🚀\n\nBody.");
}

TEST(Refiner, RemoveEmojiKeepsEmojiBulletsAsBullets) {
  RefineInput input = Input();
  input.text = "Hook.\n\n✅ fast\n✅ safe\n\nhttps://example.com";
  EXPECT_EQ(Refined(input, RefineAction::kRemoveEmoji),
            "Hook.\n\n• fast\n• safe\n\nhttps://example.com");
}

TEST(Refiner, ToneShiftsHaveADirection) {
  RefineInput input = Input();
  input.tone_shift = ToneShift::kCalmer;
  auto calm = Refine(input, RefineAction::kAnotherTone);
  ASSERT_FALSE(calm);  // already calm
  EXPECT_EQ(calm.error().code, core::ErrorCode::kConflict);
  input.tone_shift = ToneShift::kLivelier;
  const std::string lively = Refined(input, RefineAction::kAnotherTone);
  EXPECT_TRUE(lively.starts_with("One repository worth a look: ripgrep!")) << lively;
  input.text = lively;
  input.tone_shift = ToneShift::kCalmer;
  EXPECT_TRUE(Refined(input, RefineAction::kAnotherTone)
                  .starts_with("One repository worth a "
                               "look: ripgrep."));
}

TEST(Refiner, RefusalsAreConflicts) {
  RefineInput input = Input("Just a hook.");
  auto refused = Refine(input, RefineAction::kRemoveEmoji);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::kConflict);
  input.facts.clear();
  refused = Refine(input, RefineAction::kLonger);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("No facts"), std::string::npos);
}

struct IntentCase {
  std::string_view feedback;
  RefineAction action;
  ToneShift shift = ToneShift::kToggle;
};

TEST(ParseRefineRequest, MapsFreeTextToPresets) {
  const IntentCase cases[] = {
      {"shorter", RefineAction::kShorter},
      {"make it shorter", RefineAction::kShorter},
      {"This is way too long!", RefineAction::kShorter},
      {"longer please", RefineAction::kLonger},
      {"add more details", RefineAction::kLonger},
      {"more technical", RefineAction::kMoreTechnical},
      {"more-technical", RefineAction::kMoreTechnical},
      {"less technical", RefineAction::kLessTechnical},
      {"it's too technical for my audience", RefineAction::kLessTechnical},
      {"too generic", RefineAction::kMoreSpecific},
      {"fewer emoji", RefineAction::kRemoveEmoji},
      {"less emoji", RefineAction::kRemoveEmoji},
      {"try a different hook", RefineAction::kAnotherHook},
      {"another-hook", RefineAction::kAnotherHook},
      {"more professional", RefineAction::kAnotherTone, ToneShift::kCalmer},
      {"a more casual tone", RefineAction::kAnotherTone, ToneShift::kLivelier},
      {"change the tone", RefineAction::kAnotherTone},
  };
  for (const IntentCase& c : cases) {
    auto request = ParseRefineRequest(c.feedback);
    ASSERT_TRUE(request) << c.feedback << ": " << request.error().message;
    EXPECT_EQ(request->action, c.action) << c.feedback;
    EXPECT_EQ(request->tone_shift, c.shift) << c.feedback;
  }
}

TEST(ParseRefineRequest, UnknownTextIsAUsageErrorListingWhatIsSupported) {
  auto request = ParseRefineRequest("translate it to French");
  ASSERT_FALSE(request);
  EXPECT_EQ(request.error().code, core::ErrorCode::kUsage);
  EXPECT_NE(request.error().message.find("shorter, longer"), std::string::npos);
  EXPECT_EQ(request.error().message.find("use-hook"), std::string::npos);
  auto two = ParseRefineRequest("shorter and less technical");
  ASSERT_FALSE(two);
  EXPECT_NE(two.error().message.find("one at a time"), std::string::npos);
}

}  // namespace
}  // namespace repopost::generate
