#include "export/linkedin_export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "export/unicode_bold.h"
#include "export_fixture.h"
#include "text/utf8.h"

namespace repopost::exports {
namespace {

TEST(UnicodeBold, MapsLettersAndDigitsAndKeepsTheRest) {
  // "Ab9!" -> U+1D5D4, U+1D5EF, U+1D7F5, "!"
  EXPECT_EQ(ToSansSerifBold("Ab9!"), "\xF0\x9D\x97\x94\xF0\x9D\x97\xAF\xF0\x9D\x9F\xB5!");
  EXPECT_EQ(ToSansSerifBold("é \xF0\x9F\x9A\x80"), "é \xF0\x9F\x9A\x80");
  EXPECT_EQ(text::CodePointCount(ToSansSerifBold("Zz0")), 3u);
}

TEST(LinkedInText, BoldHookIsOffByDefaultAndCarriesTheAccessibilityNote) {
  ExportInput in = testing::FullPost();
  LinkedInText plain = RenderLinkedInText(in, {});
  EXPECT_EQ(plain.text, in.text);
  EXPECT_TRUE(plain.notes.empty());
  LinkedInText bold = RenderLinkedInText(in, {.bold_hook = true});
  EXPECT_EQ(bold.text.find(in.hook), std::string::npos);
  EXPECT_EQ(bold.text.substr(bold.text.find('\n')), in.text.substr(in.text.find('\n')));
  ASSERT_EQ(bold.notes.size(), 1u);
  EXPECT_NE(bold.notes[0].find("screen readers"), std::string::npos);
}

TEST(LittleText, EscapesEveryReservedCharacter) {
  EXPECT_EQ(EscapeLittleText("|{}@[]()<>#\\*_~"), "\\|\\{\\}\\@\\[\\]\\(\\)\\<\\>\\#\\\\\\*\\_\\~");
  EXPECT_EQ(EscapeLittleText("plain text, 42."), "plain text, 42.");
}

TEST(LittleText, HashtagsBecomeTemplatesAndOtherHashesAreEscaped) {
  EXPECT_EQ(ToLittleTextCommentary("Issue #12 (fixed)\n#OpenSource #C_Lang"),
            "Issue {hashtag|\\#|12} \\(fixed\\)\n{hashtag|\\#|OpenSource} {hashtag|\\#|C\\_Lang}");
  EXPECT_EQ(ToLittleTextCommentary("a#b"), "a\\#b");
}

TEST(LinkedInPayload, HasThePostsApiShape) {
  auto body = RenderLinkedInPayload(testing::FullPost(), {.author_urn = "urn:li:person:abc"});
  ASSERT_TRUE(body.has_value()) << body.error().message;
  nlohmann::json j = nlohmann::json::parse(*body);
  for (const char* key : {"author", "commentary", "visibility", "distribution", "lifecycleState",
                          "isReshareDisabledByAuthor"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_EQ(j["author"], "urn:li:person:abc");
  EXPECT_EQ(j["visibility"], "PUBLIC");
  EXPECT_EQ(j["lifecycleState"], "PUBLISHED");
  EXPECT_EQ(j["distribution"]["feedDistribution"], "MAIN_FEED");
  EXPECT_TRUE(j["distribution"]["targetEntities"].is_array());
  EXPECT_TRUE(j["distribution"]["thirdPartyDistributionChannels"].is_array());
  const std::string commentary = j["commentary"];
  EXPECT_NE(commentary.find("Put\\(\\)"), std::string::npos);
  EXPECT_NE(commentary.find("{hashtag|\\#|OpenSource}"), std::string::npos);
  EXPECT_NE(commentary.find("\\| star it \\~ or fork it \\@ home"), std::string::npos);
}

TEST(LinkedInPayload, RejectsBadUrnVisibilityAndOverlongPosts) {
  ExportInput in = testing::FullPost();
  EXPECT_EQ(RenderLinkedInPayload(in, {}).error().code, core::ErrorCode::kUsage);
  EXPECT_EQ(RenderLinkedInPayload(in, {.author_urn = "urn:li:person:x", .visibility = "EVERYONE"})
                .error()
                .code,
            core::ErrorCode::kUsage);
  in.text = std::string(3001, 'a');
  EXPECT_EQ(RenderLinkedInPayload(in, {.author_urn = "urn:li:person:x"}).error().code,
            core::ErrorCode::kTooLarge);
  in.text = std::string(3000, 'a');
  EXPECT_TRUE(RenderLinkedInPayload(in, {.author_urn = "urn:li:organization:7"}).has_value());
}

}  // namespace
}  // namespace repopost::exports
