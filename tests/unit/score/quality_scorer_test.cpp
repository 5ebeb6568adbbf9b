#include "score/quality_scorer.h"

#include <gtest/gtest.h>

namespace repopost::score {
namespace {

constexpr const char* kGoodPost =
    "leveldb stores 1 billion keys in 4 GB?\n\n"
    "It is a key-value store from Google, written in C++ with no server.\n\n"
    "What the README shows:\n"
    "\xE2\x80\xA2 Put(), Get() and Delete() on sorted byte strings\n"
    "\xE2\x80\xA2 Atomic WriteBatch updates across many keys\n"
    "\xE2\x80\xA2 Snapshots give a consistent read view\n"
    "\xE2\x80\xA2 Compression with Snappy or Zstd\n\n"
    "Release 1.23 added support for CMake builds and cleaned up the port layer, and the "
    "benchmark in the README reports 400,000 random writes per second on a 2011 laptop with "
    "an SSD. The code is small: the core lives in db/ and table/, about 20,000 lines.\n\n"
    "It powers Chrome's IndexedDB and is a good read if you want to learn how an LSM tree "
    "works from a real codebase rather than a paper. The tests in db/db_test.cc double as "
    "documentation for the edge cases.\n\n"
    "Try the db_bench tool and tell me what numbers you get.\n\n"
    "#OpenSource #CPlusPlus #Databases";

TEST(QualityScorer, GivesEveryAspectInOrderWithAnExplanation) {
  QualityScore q = ScoreQuality({.text = kGoodPost});
  ASSERT_EQ(q.parts.size(), 9u);
  double max_total = 0;
  for (std::size_t i = 0; i < q.parts.size(); ++i) {
    EXPECT_EQ(static_cast<std::size_t>(q.parts[i].aspect), i);
    EXPECT_FALSE(q.parts[i].explanation.empty());
    EXPECT_EQ(q.parts[i].explanation.find('\n'), std::string::npos);
    EXPECT_GE(q.parts[i].points, 0);
    EXPECT_LE(q.parts[i].points, q.parts[i].max_points);
    max_total += q.parts[i].max_points;
  }
  EXPECT_DOUBLE_EQ(max_total, 100.0);
}

TEST(QualityScorer, GroundingWithoutConfidenceIsNotAssessedAndSaysSo) {
  QualityScore q = ScoreQuality({.text = kGoodPost});
  const QualityPart& g = q.Part(QualityAspect::kGrounding);
  EXPECT_FALSE(g.assessed);
  EXPECT_NE(g.explanation.find("not assessed"), std::string::npos);
  QualityScore grounded = ScoreQuality({.text = kGoodPost, .safety_confidence = 1.0});
  QualityScore shaky = ScoreQuality({.text = kGoodPost, .safety_confidence = 0.2});
  EXPECT_TRUE(grounded.Part(QualityAspect::kGrounding).assessed);
  EXPECT_GT(grounded.total, shaky.total);
}

TEST(QualityScorer, WellFormedPostBeatsAWallOfText) {
  std::string wall =
      "this is a post about a library that does many things and it is very good and you should "
      "use it because it is good and it has many features that are good for many people who "
      "want good things in their lives and their work and their projects that are also good";
  QualityScore good = ScoreQuality({.text = kGoodPost});
  QualityScore bad = ScoreQuality({.text = wall});
  EXPECT_GT(good.total, 75);
  EXPECT_LT(bad.total, 45);
  EXPECT_GT(good.Part(QualityAspect::kSpecificity).points,
            bad.Part(QualityAspect::kSpecificity).points);
  EXPECT_EQ(good.Part(QualityAspect::kHashtags).points, 5);
  EXPECT_EQ(bad.Part(QualityAspect::kHashtags).points, 0);
  EXPECT_EQ(good.Part(QualityAspect::kCallToAction).points, 5);
}

TEST(QualityScorer, HookPastTheFoldLosesPoints) {
  std::string long_hook(180, 'a');
  long_hook = "A " + long_hook + " word\n\nBody.";
  QualityScore q = ScoreQuality({.text = long_hook});
  const QualityPart& hook = q.Part(QualityAspect::kHook);
  EXPECT_NE(hook.explanation.find("cut by the fold"), std::string::npos);
  EXPECT_LT(hook.points, ScoreQuality({.text = kGoodPost}).Part(QualityAspect::kHook).points);
}

TEST(QualityScorer, ToneFitFollowsTheRequestedTone) {
  std::string emoji_post =
      "\xF0\x9F\x9A\x80 Big news!\n\n\xE2\x9C\x85 Fast\n\xE2\x9C\x85 Small\n\xF0\x9F\x94\xA5 Free";
  double minimal = ScoreQuality({.text = emoji_post, .tone = generate::Tone::kMinimal})
                       .Part(QualityAspect::kToneFit)
                       .points;
  double high = ScoreQuality({.text = emoji_post, .tone = generate::Tone::kHighEnergy})
                    .Part(QualityAspect::kToneFit)
                    .points;
  EXPECT_LT(minimal, high);
  EXPECT_NE(ScoreQuality({.text = emoji_post})
                .Part(QualityAspect::kToneFit)
                .explanation.find("no tone given"),
            std::string::npos);
}

TEST(QualityScorer, LengthSweetSpotAndEmptyText) {
  QualityScore empty = ScoreQuality({.text = ""});
  EXPECT_EQ(empty.Part(QualityAspect::kLength).points, 0);
  EXPECT_GE(empty.total, 0);
  EXPECT_NE(
      ScoreQuality({.text = kGoodPost}).Part(QualityAspect::kLength).explanation.find("inside"),
      std::string::npos);
}

// Regression: a one-line post's hook was credited as standing on its own line.
TEST(QualityScorer, OneLinePostHookDoesNotStandAlone) {
  QualityScore q = ScoreQuality({.text = "One line only, no body."});
  EXPECT_NE(q.Part(QualityAspect::kHook).explanation.find("runs into the next line"),
            std::string::npos);
}

// Regression: "Excited to share" at the top of a one-paragraph post counted as a call to action.
TEST(QualityScorer, CallToActionIsLookedForInTheClosingSentencesOnly) {
  QualityScore q = ScoreQuality(
      {.text = "Excited to share our new parser. It reads TOML. It is 2,000 lines. It has tests."});
  EXPECT_EQ(q.Part(QualityAspect::kCallToAction).points, 0);
  QualityScore asks = ScoreQuality({.text = "It reads TOML.\n\nWhat would you parse with it?"});
  EXPECT_EQ(asks.Part(QualityAspect::kCallToAction).points, 5);
}

TEST(QualityScorer, IsDeterministic) {
  EXPECT_EQ(ScoreQuality({.text = kGoodPost}).total, ScoreQuality({.text = kGoodPost}).total);
}

TEST(QualityAspect, RoundTripsThroughItsName) {
  for (int i = 0; i < 9; ++i) {
    auto a = static_cast<QualityAspect>(i);
    EXPECT_EQ(ParseQualityAspect(ToString(a)), a);
  }
  EXPECT_FALSE(ParseQualityAspect("vibes"));
}

}  // namespace
}  // namespace repopost::score
