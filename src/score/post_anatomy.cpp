#include "score/post_anatomy.h"

#include <array>
#include <cctype>

#include "score/syllable_counter.h"
#include "text/utf8.h"

namespace repopost::score {
namespace {

constexpr std::array<std::string_view, 14> kAbbreviations = {
    "e.g.", "i.e.", "etc.", "vs.", "mr.", "mrs.", "ms.", "dr.", "prof.", "inc.", "no.", "approx.",
    "fig.", "cf."};

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
  return token.starts_with("http://") || token.starts_with("https://") ||
         token.starts_with("www.");
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

bool EndsWithAbbreviation(std::string_view sentence) {
  std::size_t space = sentence.find_last_of(' ');
  std::string last(sentence.substr(space == std::string_view::npos ? 0 : space + 1));
  for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view a : kAbbreviations) {
    if (last == a) return true;
  }
  // Initials: "J."
  return last.size() == 2 && std::isalpha(static_cast<unsigned char>(last[0])) && last[1] == '.';
}

// Sentences of one line: . ! ? (one or more) followed by whitespace end a sentence.
void SplitSentences(std::string_view line, std::vector<std::string>& out) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t j = i;
    while (j + 1 < line.size() && (line[j + 1] == '.' || line[j + 1] == '!' || line[j + 1] == '?'))
      ++j;
    bool at_space = j + 1 == line.size() || std::isspace(static_cast<unsigned char>(line[j + 1]));
    if (!at_space) {
      i = j;
      continue;
    }
    std::string_view candidate = line.substr(start, j + 1 - start);
    if (c == '.' && EndsWithAbbreviation(candidate)) {
      i = j;
      continue;
    }
    std::string s = Trim(candidate);
    if (!s.empty()) out.push_back(std::move(s));
    start = j + 1;
    i = j;
  }
  std::string rest = Trim(line.substr(std::min(start, line.size())));
  if (!rest.empty()) out.push_back(std::move(rest));
}

bool IsBulletLine(std::string_view line) {
  if (line.empty()) return false;
  if (line.starts_with("- ") || line.starts_with("* ")) return true;
  std::size_t pos = 0;
  char32_t cp = text::DecodeAt(line, pos);
  if (cp == 0x2022 || cp == 0x2192 || cp == 0x25AA || cp == 0x25B8 || cp == 0x2023 ||
      cp == 0x2713 || cp == 0x2714 || cp == 0x27A4 || cp == 0x2794 || IsEmoji(cp)) {
    return true;
  }
  std::size_t d = 0;
  while (d < line.size() && std::isdigit(static_cast<unsigned char>(line[d]))) ++d;
  return d > 0 && d + 1 < line.size() && (line[d] == '.' || line[d] == ')') && line[d + 1] == ' ';
}

bool IsHashtagLine(std::string_view line) {
  auto tokens = Whitespace(line);
  if (tokens.empty()) return false;
  for (std::string_view t : tokens) {
    if (!t.starts_with('#')) return false;
  }
  return true;
}

}  // namespace

bool IsEmoji(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
         cp == 0x2B50 || cp == 0x2B55 || cp == 0x203C || cp == 0x2049 || cp == 0x231A ||
         cp == 0x231B || (cp >= 0x23E9 && cp <= 0x23FA);
}

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
    if (IsBulletLine(line)) ++a.bullet_lines;
    if (!IsHashtagLine(line)) SplitSentences(line, a.sentences);
  }
  if (!paragraph.empty()) a.paragraphs.push_back(std::move(paragraph));

  for (std::string_view token : Whitespace(a.text)) {
    if (IsUrl(token)) {
      ++a.url_count;
      continue;
    }
    if (token.starts_with('#') && token.size() > 1) {
      std::string tag = StripPunctuation(token.substr(1));
      if (!tag.empty()) a.hashtags.push_back("#" + tag);
      continue;
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
    if (IsEmoji(cp)) ++a.emoji_count;
    if (cp == '?') ++a.question_marks;
    if (cp == '!') ++a.exclamation_marks;
  }
  return a;
}

}  // namespace repopost::score
