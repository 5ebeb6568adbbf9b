#include "text/utf8.h"

#include <gtest/gtest.h>

namespace repopost::text {
namespace {

TEST(Utf8, ValidatesWellFormedAndRejectsMalformed) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("caf\xC3\xA9 \xF0\x9F\x9A\x80"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("abc\xE2\x82"));       // truncated
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // above U+10FFFF
}

TEST(Utf8, SanitizeReplacesBadBytesAndDropsNul) {
  std::string bad = std::string("a\xFF") + '\0' + "b";
  EXPECT_EQ(SanitizeUtf8(bad),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_TRUE(IsValidUtf8(SanitizeUtf8("\xC3\x28\xA0\xA1")));
}

TEST(Utf8, CountsUtf16UnitsLikeLinkedIn) {
  EXPECT_EQ(Utf16Length("abc"), 3u);
  EXPECT_EQ(Utf16Length("caf\xC3\xA9"), 4u);
  EXPECT_EQ(Utf16Length("\xF0\x9F\x9A\x80"), 2u);  // rocket emoji is a surrogate pair
  EXPECT_EQ(CodePointCount("\xF0\x9F\x9A\x80"), 1u);
}

TEST(Utf8, TruncatesOnCodePointBoundary) {
  EXPECT_EQ(TruncateUtf8("caf\xC3\xA9", 4), "caf");
  EXPECT_EQ(TruncateUtf8("abc", 10), "abc");
}

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  std::string s = "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x9A\x80";
  std::string out;
  for (std::size_t pos = 0; pos < s.size();) AppendUtf8(out, DecodeAt(s, pos));
  EXPECT_EQ(out, s);
}

}  // namespace
}  // namespace repopost::text
