// SentenceSegmenter: splits a post (or any text) into sentences, bullet items and hashtag lines.
//
//   text::SentenceSegmenter segmenter;
//   for (const text::Segment& s : segmenter.Split(post)) { ... s.text, s.kind, s.begin ... }
//
// Line breaks are boundaries (LinkedIn posts are line-structured); inside a line, a sentence ends
// at . ! ? … (and CJK/Arabic stops) followed by space and a non-lowercase start, except after
// abbreviations ("e.g.", "etc.", "vs.", initials). Dots inside versions, numbers and URLs never
// split. Bullet markers (•, →, -, *, numbered "1." / "2)", and emoji used as bullets) are stripped
// from `text` and kept in `marker`. Safe on any input: invalid UTF-8 bytes are treated as opaque
// characters; offsets always fall on byte positions of the input. Stateless and thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::text {

enum class SegmentKind {
  kSentence,     // prose
  kBulletItem,   // a line that starts with a bullet marker (each sentence of it)
  kHashtagLine,  // a line made only of #hashtags
};

std::string_view ToString(SegmentKind kind);
std::optional<SegmentKind> ParseSegmentKind(std::string_view text);

struct Segment {
  std::size_t begin = 0;      // byte offset of `text` in the input
  std::size_t end = 0;        // one past the last byte of `text`
  std::size_t line = 0;       // 0-based line of the input the segment starts on
  std::size_t paragraph = 0;  // 0-based; a blank line starts a new paragraph
  SegmentKind kind = SegmentKind::kSentence;
  std::string marker;  // bullet marker as written ("•", "1.", "🚀"), "" for prose
  std::string text;    // the segment, trimmed, without the marker
};

class SentenceSegmenter {
 public:
  std::vector<Segment> Split(std::string_view text) const;
};

// True when `cp` is a pictographic emoji or dingbat (used for bullet and emoji detection).
bool IsEmojiCodePoint(char32_t cp);

}  // namespace repopost::text
