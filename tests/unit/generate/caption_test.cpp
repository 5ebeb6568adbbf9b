#include "generate/caption.h"

#include <gtest/gtest.h>

#include "fact_sheets.h"

namespace repopost::generate {
namespace {

class CaptionTest : public ::testing::Test {
 protected:
  const PhraseBank& bank_ = *PhraseBank::Embedded();
  PhraseRenderer renderer_{bank_};
};

TEST_F(CaptionTest, WritesGroundedLinesAndAltText) {
  const FactDigest digest = FactDigest::From(testing::RichCliTool());
  core::Result<Rendered> caption =
      WriteCaption(renderer_, digest, "video demo", Tone::kBalanced, 0);
  ASSERT_TRUE(caption) << caption.error().message;
  EXPECT_NE(caption->text.find("fzf"), std::string::npos);
  EXPECT_NE(caption->text.find("Try it: brew install fzf"), std::string::npos);
  EXPECT_NE(caption->text.find("Alt text: a video demo"), std::string::npos);
  EXPECT_FALSE(caption->fact_ids.empty());
}

TEST_F(CaptionTest, WorksForThinFacts) {
  const FactDigest digest = FactDigest::From(testing::ThinRepo());
  core::Result<Rendered> caption = WriteCaption(renderer_, digest, "gif", Tone::kMinimal, 0);
  ASSERT_TRUE(caption);
  EXPECT_NE(caption->text.find("scratch"), std::string::npos);
  EXPECT_NE(caption->text.find("a GIF"), std::string::npos);
}

TEST_F(CaptionTest, RejectsBadAssetDescriptions) {
  const FactDigest digest = FactDigest::From(testing::RichCliTool());
  for (std::string asset : {std::string("  "), std::string("two\nlines"), std::string(100, 'x'),
                            std::string("\xff\xfe")}) {
    core::Result<Rendered> caption = WriteCaption(renderer_, digest, asset, Tone::kMinimal, 0);
    ASSERT_FALSE(caption) << asset;
    EXPECT_EQ(caption.error().code, core::ErrorCode::kUsage);
  }
}

}  // namespace
}  // namespace repopost::generate
