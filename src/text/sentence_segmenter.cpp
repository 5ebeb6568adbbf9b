#include "text/sentence_segmenter.h"

#include <array>
#include <cctype>

#include "core/enum_table.h"
#include "text/emoji.h"
#include "text/utf8.h"

namespace repopost::text {
namespace {

constexpr core::EnumTable<SegmentKind, 3> kSegmentKinds{{{
    {SegmentKind::kSentence, "sentence"},
    {SegmentKind::kBulletItem, "bullet-item"},
    {SegmentKind::kHashtagLine, "hashtag-line"},
}}};

// Words that end with a dot without ending a sentence (compared lowercased, without the dot).
constexpr std::array<std::string_view, 22> kAbbreviations{
    "e.g", "i.e", "vs", "mr",     "mrs", "ms",  "dr", "prof", "inc", "ltd", "co",
    "jr",  "sr",  "st", "approx", "cf",  "fig", "no", "vol",  "al",  "esp", "resp"};

// Text bullet markers that must be followed by a space.
constexpr std::array<std::string_view, 17> kBulletMarkers{
    "\u2022", "\u2192", "\u25AA", "\u25E6", "\u2023", "\u00B7", "\u27A1", "\u27A4", "\u25B6",
    "\u2713", "\u2714", "\u2013", "\u2014", "-",      "*",      "+",      "\u25CF"};

bool IsSpaceAt(std::string_view s, std::size_t pos, std::size_t& width) {
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
    width = 1;
    return true;
  }
  if (s.substr(pos, 2) == "\xC2\xA0") {  // no-break space
    width = 2;
    return true;
  }
  return false;
}

std::size_t SkipSpaces(std::string_view s, std::size_t pos, std::size_t end) {
  std::size_t w = 0;
  while (pos < end && IsSpaceAt(s, pos, w)) pos += w;
  return pos;
}

std::size_t TrimEnd(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const unsigned char c = static_cast<unsigned char>(s[end - 1]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      --end;
    } else if (end - begin >= 2 && s.substr(end - 2, 2) == "\xC2\xA0") {
      end -= 2;
    } else {
      break;
    }
  }
  return end;
}

bool IsModifier(char32_t cp) { return IsEmojiComponent(cp); }

// Length of a bullet marker (without the following space) at `pos`, or 0.
std::size_t MarkerLength(std::string_view s, std::size_t pos, std::size_t end) {
  const auto followed_by_space = [&](std::size_t after) {
    std::size_t w = 0;
    return after < end && IsSpaceAt(s, after, w);
  };
  for (std::string_view m : kBulletMarkers) {
    if (s.substr(pos, m.size()) == m && followed_by_space(pos + m.size())) return m.size();
  }
  std::size_t p = pos;
  while (p < end && p - pos < 3 && std::isdigit(static_cast<unsigned char>(s[p]))) ++p;
  if (p > pos && p < end && (s[p] == '.' || s[p] == ')') && followed_by_space(p + 1)) {
    return p + 1 - pos;
  }
  p = pos;
  const char32_t first = DecodeAt(s, p);
  if (!IsEmojiCodePoint(first)) return 0;
  while (p < end) {
    std::size_t q = p;
    const char32_t cp = DecodeAt(s, q);
    if (!IsModifier(cp) && !IsEmojiCodePoint(cp)) break;
    p = q;
  }
  return followed_by_space(p) ? p - pos : 0;
}

bool IsHashtagLine(std::string_view line) {
  bool any = false;
  std::size_t pos = 0;
  while (pos < line.size()) {
    pos = SkipSpaces(line, pos, line.size());
    if (pos >= line.size()) break;
    std::size_t end = pos;
    std::size_t w = 0;
    while (end < line.size() && !IsSpaceAt(line, end, w)) ++end;
    std::string_view token = line.substr(pos, end - pos);
    if (token.size() < 2 || token[0] != '#') return false;
    const unsigned char second = static_cast<unsigned char>(token[1]);
    if (!(std::isalpha(second) || second >= 0x80 || second == '_')) return false;
    any = true;
    pos = end;
  }
  return any;
}

// The word before the dot at `dot`, lowercased, stripped of leading punctuation.
std::string WordBefore(std::string_view s, std::size_t begin, std::size_t dot) {
  std::size_t start = dot;
  std::size_t w = 0;
  while (start > begin && !IsSpaceAt(s, start - 1, w)) --start;
  while (start < dot && std::ispunct(static_cast<unsigned char>(s[start]))) ++start;
  std::string word(s.substr(start, dot - start));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

// "in C." and "and R." end sentences: after these words a single capital is a language.
bool AfterLanguageCue(std::string_view s, std::size_t begin, std::size_t letter) {
  std::size_t end = letter;
  while (end > begin && s[end - 1] == ' ') --end;
  if (end > begin && s[end - 1] == ',') return true;
  std::size_t start = end;
  while (start > begin && std::isalpha(static_cast<unsigned char>(s[start - 1]))) --start;
  const std::string_view prev = s.substr(start, end - start);
  return prev == "in" || prev == "and" || prev == "with" || prev == "or";
}

bool IsAbbreviation(std::string_view s, std::size_t begin, std::size_t dot) {
  const std::string word = WordBefore(s, begin, dot);
  if (word.size() == 1 && std::isalpha(static_cast<unsigned char>(word[0]))) {
    return !(dot >= begin + 1 && AfterLanguageCue(s, begin, dot - 1));
  }
  for (std::string_view a : kAbbreviations) {
    if (word == a) return true;
  }
  return false;
}

bool IsClosing(char32_t cp) {
  return cp == ')' || cp == '"' || cp == '\'' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
         cp == 0xBB;
}

bool IsWideStop(char32_t cp) {
  return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0x061F || cp == 0x06D4 ||
         cp == 0x0964;
}

bool HasWordCharacter(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      if (std::isalnum(c)) return true;
      ++pos;
      continue;
    }
    const char32_t cp = DecodeAt(s, pos);
    if (cp >= 0xC0 && !IsEmojiCodePoint(cp) && !IsModifier(cp) && cp != 0xFFFD &&
        !(cp >= 0x2000 && cp <= 0x2BFF)) {
      return true;
    }
  }
  return false;
}

class LineSplitter {
 public:
  LineSplitter(std::string_view s, std::vector<Segment>& out) : s_(s), out_(out) {}

  void Emit(std::size_t begin, std::size_t end, const Segment& proto) {
    begin = SkipSpaces(s_, begin, end);
    end = TrimEnd(s_, begin, end);
    if (begin >= end || !HasWordCharacter(s_.substr(begin, end - begin))) return;
    Segment seg = proto;
    seg.begin = begin;
    seg.end = end;
    seg.text = std::string(s_.substr(begin, end - begin));
    out_.push_back(std::move(seg));
  }

  // Splits [begin, end) of one line into sentences.
  void SplitSentences(std::size_t begin, std::size_t end, const Segment& proto) {
    std::size_t start = begin;
    std::size_t pos = begin;
    while (pos < end) {
      std::size_t next = pos;
      const char32_t cp = DecodeAt(s_, next);
      const bool ascii_stop = cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
      if (!ascii_stop && !IsWideStop(cp)) {
        pos = next;
        continue;
      }
      std::size_t after = next;
      while (after < end) {
        std::size_t q = after;
        const char32_t c2 = DecodeAt(s_, q);
        if (c2 == '.' || c2 == '!' || c2 == '?' || c2 == 0x2026 || IsClosing(c2) ||
            IsWideStop(c2)) {
          after = q;
        } else {
          break;
        }
      }
      if (IsBoundary(start, pos, next, after, end, IsWideStop(cp))) {
        Emit(start, after, proto);
        start = after;
      }
      pos = after;
    }
    Emit(start, end, proto);
  }

 private:
  bool IsBoundary(std::size_t start, std::size_t stop, std::size_t stop_end, std::size_t after,
                  std::size_t end, bool wide) const {
    if (after >= end) return true;
    if (wide) return true;
    std::size_t w = 0;
    if (!IsSpaceAt(s_, after, w)) return false;  // "v1.2", "example.com", "3.5x"
    const std::size_t next = SkipSpaces(s_, after, end);
    if (next >= end) return true;
    const unsigned char c = static_cast<unsigned char>(s_[next]);
    if (std::islower(c)) return false;
    const bool single_dot =
        s_[stop] == '.' && stop_end == stop + 1 && (after == stop_end || s_[stop_end] != '.');
    if (single_dot && IsAbbreviation(s_, start, stop)) return false;
    return true;
  }

  std::string_view s_;
  std::vector<Segment>& out_;
};

}  // namespace

std::string_view ToString(SegmentKind kind) { return kSegmentKinds.Name(kind); }
std::optional<SegmentKind> ParseSegmentKind(std::string_view text) {
  return kSegmentKinds.Find(text);
}

bool IsEmojiCodePoint(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
         (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x2190 && cp <= 0x21FF) || cp == 0x2705 ||
         cp == 0x231A || cp == 0x231B || cp == 0x23F0 || cp == 0x23F3 || cp == 0x24C2 ||
         (cp >= 0x25A0 && cp <= 0x25FF) || cp == 0x3030 || cp == 0x303D || cp == 0x2122 ||
         cp == 0x00A9 || cp == 0x00AE || IsPictograph(cp);
}

std::vector<Segment> SentenceSegmenter::Split(std::string_view text) const {
  std::vector<Segment> out;
  LineSplitter splitter(text, out);
  std::size_t line_no = 0;
  std::size_t paragraph = 0;
  bool paragraph_has_text = false;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::size_t begin = SkipSpaces(text, pos, eol);
    const std::size_t end = TrimEnd(text, begin, eol);
    if (begin >= end) {
      if (paragraph_has_text) ++paragraph;
      paragraph_has_text = false;
    } else {
      paragraph_has_text = true;
      Segment proto;
      proto.line = line_no;
      proto.paragraph = paragraph;
      const std::string_view line = text.substr(begin, end - begin);
      if (IsHashtagLine(line)) {
        proto.kind = SegmentKind::kHashtagLine;
        splitter.Emit(begin, end, proto);
      } else if (const std::size_t m = MarkerLength(text, begin, end); m > 0) {
        proto.kind = SegmentKind::kBulletItem;
        proto.marker = std::string(text.substr(begin, m));
        splitter.SplitSentences(begin + m, end, proto);
      } else {
        splitter.SplitSentences(begin, end, proto);
      }
    }
    ++line_no;
    pos = eol + 1;
  }
  return out;
}

}  // namespace repopost::text
