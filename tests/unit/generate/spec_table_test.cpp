#include "generate/spec_table.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace repopost::generate {
namespace {

TEST(SpecTable, EveryStyleHasItsOwnCompleteEntry) {
  for (Style style : AllStyles()) {
    const StyleSpec& spec = SpecFor(style);
    EXPECT_EQ(spec.style, style);
    EXPECT_FALSE(spec.prompt_instruction.empty());
    EXPECT_FALSE(spec.wording_rules.empty());
    EXPECT_FALSE(spec.wanted_facts.empty());
    ASSERT_FALSE(spec.sections.empty());
    EXPECT_EQ(spec.sections.front(), BodySection::kWhy) << ToString(style);
    EXPECT_NE(std::find(spec.sections.begin(), spec.sections.end(), BodySection::kCallToAction),
              spec.sections.end());
    EXPECT_TRUE(spec.hashtag.starts_with("#"));
  }
}

TEST(SpecTable, TonesScaleEmojiFromNoneToMany) {
  EXPECT_EQ(SpecFor(Tone::kMinimal).max_emoji, 0);
  EXPECT_EQ(SpecFor(Tone::kMinimal).feature_bullet, "• ");
  EXPECT_LT(SpecFor(Tone::kBalanced).max_emoji, SpecFor(Tone::kHighEnergy).max_emoji);
  for (Tone tone : AllTones()) {
    EXPECT_EQ(SpecFor(tone).tone, tone);
    EXPECT_FALSE(SpecFor(tone).prompt_instruction.empty());
    EXPECT_EQ(SpecFor(tone).code_bullet, "→ ") << "code lines never get an emoji";
  }
}

TEST(SpecTable, EveryHookFallsBackToEveryOtherTypeButItself) {
  for (HookType hook : AllHookTypes()) {
    const HookSpec& spec = SpecFor(hook);
    EXPECT_EQ(spec.hook, hook);
    EXPECT_FALSE(spec.pattern.empty());
    EXPECT_FALSE(spec.prompt_instruction.empty());
    EXPECT_EQ(spec.fallbacks.size(), AllHookTypes().size() - 1);
    EXPECT_EQ(std::find(spec.fallbacks.begin(), spec.fallbacks.end(), hook), spec.fallbacks.end());
  }
}

TEST(SpecTable, UniversalRulesForbidInventedExperience) {
  bool found = false;
  for (std::string_view rule : UniversalRules())
    found |= rule.find("first person") != std::string_view::npos;
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace repopost::generate
