#include "text/sentence_segmenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace repopost::text {
namespace {

std::vector<std::string> Texts(std::string_view input) {
  std::vector<std::string> out;
  for (const Segment& s : SentenceSegmenter().Split(input)) out.push_back(s.text);
  return out;
}

TEST(SentenceSegmenter, SplitsSentencesButNotVersionsUrlsOrAbbreviations) {
  EXPECT_EQ(Texts("fzf v0.54.3 is out. It is 2.5x faster, e.g. on large inputs! Try it."),
            (std::vector<std::string>{"fzf v0.54.3 is out.",
                                      "It is 2.5x faster, e.g. on large inputs!", "Try it."}));
  EXPECT_EQ(Texts("See https://github.com/junegunn/fzf. Then star it."),
            (std::vector<std::string>{"See https://github.com/junegunn/fzf.", "Then star it."}));
  EXPECT_EQ(Texts("Written by J. Smith in 2020. Then more, e.g. Vim. ok. etc. and more"),
            (std::vector<std::string>{"Written by J. Smith in 2020.",
                                      "Then more, e.g. Vim. ok. etc. and more"}));
}

TEST(SentenceSegmenter, TreatsLinesAsBoundariesAndStripsBulletMarkers) {
  const std::string post =
      "Big news\n\n\u2022 Fast fuzzy search\n\u2192 Works in Vim\n- Zero deps\n1. One binary\n"
      "2) Two modes\n\xF0\x9F\x9A\x80 Ships today\n\n#OpenSource #Go";
  const std::vector<Segment> segs = SentenceSegmenter().Split(post);
  ASSERT_EQ(segs.size(), 8u);
  EXPECT_EQ(segs[0].kind, SegmentKind::kSentence);
  EXPECT_EQ(segs[0].paragraph, 0u);
  const std::vector<std::string> markers{"\u2022", "\u2192", "-", "1.", "2)", "\xF0\x9F\x9A\x80"};
  for (std::size_t i = 0; i < markers.size(); ++i) {
    EXPECT_EQ(segs[i + 1].kind, SegmentKind::kBulletItem) << i;
    EXPECT_EQ(segs[i + 1].marker, markers[i]) << i;
    EXPECT_EQ(segs[i + 1].paragraph, 1u);
  }
  EXPECT_EQ(segs[1].text, "Fast fuzzy search");
  EXPECT_EQ(segs[7].kind, SegmentKind::kHashtagLine);
  EXPECT_EQ(segs[7].paragraph, 2u);
  EXPECT_EQ(post.substr(segs[2].begin, segs[2].end - segs[2].begin), "Works in Vim");
}

TEST(SentenceSegmenter, HandlesEmptyHashtagOnlyAndEmojiOnlyInput) {
  EXPECT_TRUE(SentenceSegmenter().Split("").empty());
  EXPECT_TRUE(SentenceSegmenter().Split("\n\n  \n").empty());
  EXPECT_TRUE(SentenceSegmenter().Split("\xF0\x9F\x9A\x80\xF0\x9F\x94\xA5").empty());
  const auto tags = SentenceSegmenter().Split("#OpenSource #RustLang");
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0].kind, SegmentKind::kHashtagLine);
  // "#1" is a rank, not a hashtag.
  EXPECT_EQ(SentenceSegmenter().Split("#1 on Hacker News")[0].kind, SegmentKind::kSentence);
}

TEST(SentenceSegmenter, SplitsRtlAndCjkText) {
  EXPECT_EQ(Texts("\u0645\u0631\u062D\u0628\u0627\u061F \u0647\u0630\u0627 "
                  "\u0645\u0634\u0631\u0648\u0639."),
            (std::vector<std::string>{"\u0645\u0631\u062D\u0628\u0627\u061F",
                                      "\u0647\u0630\u0627 \u0645\u0634\u0631\u0648\u0639."}));
  EXPECT_EQ(Texts("\u5FEB\u901F\u3002\u7B80\u5355\u3002"),
            (std::vector<std::string>{"\u5FEB\u901F\u3002", "\u7B80\u5355\u3002"}));
}

TEST(SentenceSegmenter, SurvivesInvalidUtf8AndKeepsOffsetsInRange) {
  const std::string junk = std::string("ab\xFF\xFE. Cd\xC3") + '\0' + "x\n\xE2\x80";
  for (const Segment& s : SentenceSegmenter().Split(junk)) {
    EXPECT_LE(s.begin, s.end);
    EXPECT_LE(s.end, junk.size());
  }
}

TEST(SegmentKind, RoundTripsThroughStrings) {
  for (SegmentKind k :
       {SegmentKind::kSentence, SegmentKind::kBulletItem, SegmentKind::kHashtagLine}) {
    EXPECT_EQ(ParseSegmentKind(ToString(k)), k);
  }
  EXPECT_FALSE(ParseSegmentKind("paragraph").has_value());
}

}  // namespace
}  // namespace repopost::text
