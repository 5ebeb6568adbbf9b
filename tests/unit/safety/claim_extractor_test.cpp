#include "safety/claim_extractor.h"

#include <gtest/gtest.h>

#include "safety/verdict.h"

namespace repopost::safety {
namespace {

struct RoleCase {
  std::string_view text;
  ClaimRole role;
};

TEST(ClaimExtractor, ClassifiesRoles) {
  auto extractor = ClaimExtractor::Create();
  ASSERT_TRUE(extractor);
  const std::vector<RoleCase> cases{
      {"fzf filters a million lines in 40 ms.", ClaimRole::kClaim},
      {"What would you build with it?", ClaimRole::kQuestion},
      {"Try it today.", ClaimRole::kCallToAction},
      {"Link in the comments \xF0\x9F\x91\x87", ClaimRole::kCallToAction},
      {"https://github.com/junegunn/fzf", ClaimRole::kCallToAction},
      {"If you live in the terminal, read on.", ClaimRole::kReaderOpinion},
      {"#OpenSource #Go", ClaimRole::kHashtags},
      // A call to action that smuggles in a claim is a claim.
      {"Try the tool trusted by thousands of teams.", ClaimRole::kClaim},
  };
  for (const RoleCase& c : cases) {
    const auto claims = extractor->Extract(c.text);
    ASSERT_EQ(claims.size(), 1u) << c.text;
    EXPECT_EQ(ToString(claims[0].role), ToString(c.role)) << c.text;
  }
}

TEST(ClaimExtractor, TakesAtomicParts) {
  auto extractor = ClaimExtractor::Create();
  ASSERT_TRUE(extractor);
  const auto claims = extractor->Extract(
      "Written in Rust, it is the fastest 10k-star tool, trusted by Netflix and 2x faster.");
  ASSERT_EQ(claims.size(), 1u);
  const Claim& c = claims[0];
  EXPECT_EQ(c.numbers.size(), 2u);
  EXPECT_TRUE(c.HasCue(CueKind::kSuperlative));
  EXPECT_TRUE(c.HasCue(CueKind::kAdoption));
  EXPECT_TRUE(c.HasCue(CueKind::kRelation));
  bool rust = false, netflix = false;
  for (const auto& e : c.entities) {
    rust = rust || e.normalized == "rust";
    netflix = netflix || e.normalized == "netflix";
  }
  EXPECT_TRUE(rust);
  EXPECT_TRUE(netflix);
}

TEST(Verdict, RoundTripsThroughStrings) {
  for (Verdict v :
       {Verdict::kSupported, Verdict::kUnsupported, Verdict::kContradicted, Verdict::kNotAClaim}) {
    EXPECT_EQ(ParseVerdict(ToString(v)), v);
  }
  EXPECT_EQ(ToString(Verdict::kNotAClaim), "not-a-claim");
  EXPECT_FALSE(ParseVerdict("maybe").has_value());
  EXPECT_EQ(ParseClaimRole("call-to-action"), ClaimRole::kCallToAction);
  EXPECT_EQ(ParseCueKind("adoption"), CueKind::kAdoption);
}

}  // namespace
}  // namespace repopost::safety
