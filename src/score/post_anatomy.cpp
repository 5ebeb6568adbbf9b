#include "score/post_anatomy.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "score/syllable_counter.h"
#include "text/sentence_segmenter.h"
#include "text/utf8.h"

namespace repopost::score {
namespace {

std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      lines.push_back(Trim(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  return lines;
}

bool IsUrl(std::string_view token) {
  return token.starts_with("http://") || token.starts_with("https://") || token.starts_with("www.");
}

bool IsAlnumAscii(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Splits on ASCII whitespace.
std::vector<std::string_view> Whitespace(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t b = i;
    while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// A word token without surrounding punctuation; "" when nothing word-like remains.
std::string StripPunctuation(std::string_view token) {
  std::size_t b = 0, e = token.size();
  auto word_byte = [](char c) { return IsAlnumAscii(c) || static_cast<unsigned char>(c) >= 0x80; };
  while (b < e && !word_byte(token[b])) ++b;
  while (e > b && !word_byte(token[e - 1])) --e;
  std::string_view core = token.substr(b, e - b);
  // Drop emoji and other symbols that are the whole token.
  std::size_t pos = 0;
  bool has_letter = false;
  while (pos < core.size()) {
    char32_t cp = text::DecodeAt(core, pos);
    if (cp < 0x80 ? IsAlnumAscii(static_cast<char>(cp)) : !IsEmoji(cp) && cp != 0xFFFD) {
      has_letter = true;
    }
  }
  return has_letter ? std::string(core) : std::string();
}

}  // namespace

bool IsEmoji(char32_t cp) { return text::IsEmojiCodePoint(cp); }

PostAnatomy PostAnatomy::Of(std::string_view input) {
  PostAnatomy a;
  a.text = text::SanitizeUtf8(input);
  a.utf16_length = text::Utf16Length(a.text);
  a.lines = SplitLines(a.text);

  std::string paragraph;
  for (std::size_t i = 0; i < a.lines.size(); ++i) {
    const std::string& line = a.lines[i];
    if (line.empty()) {
      if (!paragraph.empty()) a.paragraphs.push_back(std::move(paragraph));
      paragraph.clear();
      continue;
    }
    if (a.hook.empty()) {
      a.hook = line;
      // Alone: a blank line follows and more text comes after it (a one-line post has no fold).
      bool more_after = false;
      for (std::size_t j = i + 1; j < a.lines.size(); ++j) more_after |= !a.lines[j].empty();
      a.hook_stands_alone = more_after && a.lines[i + 1].empty();
    }
    if (!paragraph.empty()) paragraph += '\n';
    paragraph += line;
  }
  if (!paragraph.empty()) a.paragraphs.push_back(std::move(paragraph));

  // Sentences and bullet items from the text stage's segmenter (hashtag-only lines excluded).
  std::set<std::size_t> bullet_lines;
  for (text::Segment& segment : text::SentenceSegmenter().Split(a.text)) {
    if (segment.kind == text::SegmentKind::kHashtagLine) continue;
    if (segment.kind == text::SegmentKind::kBulletItem) bullet_lines.insert(segment.line);
    if (!segment.text.empty()) a.sentences.push_back(std::move(segment.text));
  }
  a.bullet_lines = bullet_lines.size();

  for (std::string_view token : Whitespace(a.text)) {
    if (IsUrl(token)) {
      ++a.url_count;
      continue;
    }
    if (token.starts_with('#') && token.size() > 1) {
      std::string tag = StripPunctuation(token.substr(1));
      // "#3293" is an issue number, not a hashtag: a tag has a letter.
      const bool has_letter = std::any_of(tag.begin(), tag.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0;
      });
      if (has_letter) {
        a.hashtags.push_back("#" + tag);
        continue;
      }
    }
    if (token.starts_with('@') && token.size() > 1) ++a.mention_count;
    std::string word = StripPunctuation(token);
    if (word.empty()) continue;
    a.syllables += CountSyllables(word);
    a.words.push_back(std::move(word));
  }

  std::size_t pos = 0;
  while (pos < a.text.size()) {
    char32_t cp = text::DecodeAt(a.text, pos);
    // Arrows ("→" before a code line) are typography, not emoji.
    const bool arrow = cp >= 0x2190 && cp <= 0x21FF;
    if (IsEmoji(cp) && !arrow) ++a.emoji_count;
    if (cp == '?') ++a.question_marks;
    if (cp == '!') ++a.exclamation_marks;
  }
  return a;
}

}  // namespace repopost::score
