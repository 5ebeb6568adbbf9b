#include "generate/post_shape.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text/utf8.h"

namespace repopost::generate {
namespace {

bool IsSentenceMark(char c) { return c == '.' || c == '!' || c == '?'; }
bool IsPunct(char c) { return IsSentenceMark(c) || c == ',' || c == ';' || c == ':'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.remove_suffix(1);
  return text;
}

std::vector<std::string> Lines(std::string_view paragraph) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= paragraph.size()) {
    const std::size_t end = paragraph.find('\n', start);
    lines.emplace_back(paragraph.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return lines;
}

// The line without a leading list marker ("→ ", "• ", "- "), so its first word can be read.
std::string_view WithoutMarker(std::string_view line) {
  for (std::string_view marker : {"→ ", "• ", "- ", "$ "}) {
    if (line.starts_with(marker)) return line.substr(marker.size());
  }
  return line;
}

// `text` without the emoji and spaces it ends with ("first? ⭐" → "first?").
std::string_view WithoutTrailingEmoji(std::string_view text) {
  std::size_t end = text.size();
  std::size_t pos = 0;
  std::size_t last_kept = 0;
  while (pos < text.size()) {
    const char32_t cp = text::DecodeAt(text, pos);
    if (!IsEmoji(cp) && cp != U' ') last_kept = pos;
  }
  end = last_kept;
  return text.substr(0, end);
}

}  // namespace

bool IsEmoji(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F ||
         cp == 0x200D || (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x1F1E6 && cp <= 0x1F1FF);
}

// Tidying would change what a reader types ("rg foo ." keeps its dot).
bool LooksLikeCode(std::string_view line) {
  if (line.starts_with("$ ") || line.find('`') != std::string_view::npos) return true;
  const std::string_view rest = WithoutMarker(line);
  if (rest.empty()) return false;
  const auto first = static_cast<unsigned char>(rest.front());
  if (std::islower(first) == 0 && first != '.' && first != '/') return false;
  // Prose that starts lower-case still has a sentence end and no shell syntax.
  for (std::string_view shell : {" -", "::", "()", "=", "/", "|", "&&", "@"}) {
    if (rest.find(shell) != std::string_view::npos) return true;
  }
  // "repopost generate ." ends on an argument, a sentence never on a detached full stop.
  return !IsSentenceMark(rest.back()) || rest.ends_with(" .");
}

namespace {

// One prose line with the punctuation rules applied.
std::string TidyLine(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  for (char c : line) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    if (IsPunct(c)) {
      while (!out.empty() && out.back() == ' ') out.pop_back();  // no space before a mark
      if (out.empty()) continue;                                 // nothing for it to end
      const char before = out.back();
      if (IsSentenceMark(before) && IsSentenceMark(c) && before != c) {
        // A mixed run (". !", ".!") is one mark: a question wins, then an exclamation.
        out.back() = (before == '?' || c == '?') ? '?' : '!';
        continue;
      }
      if (IsSentenceMark(before) && !IsSentenceMark(c)) continue;  // ". ," keeps the full stop
      if (!IsSentenceMark(before) && IsPunct(before) && IsSentenceMark(c)) {
        out.back() = c;  // "name:." → "name."
        continue;
      }
    }
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  // A line of punctuation alone (what is left of "🚀 !") is dropped.
  if (std::all_of(out.begin(), out.end(), [](char c) { return IsPunct(c) || c == ' '; })) {
    return {};
  }
  return out;
}

std::size_t WordCount(std::string_view line) {
  return static_cast<std::size_t>(std::count(line.begin(), line.end(), ' ')) + 1;
}

}  // namespace

std::string EndSentence(std::string sentence) {
  while (!sentence.empty() && sentence.back() == ' ') sentence.pop_back();
  if (sentence.empty()) return sentence;
  if (sentence.back() == ':' || sentence.back() == ',' || sentence.back() == ';') {
    sentence.back() = '.';
  } else if (std::isalnum(static_cast<unsigned char>(sentence.back())) != 0 ||
             sentence.back() == ')' || sentence.back() == '"') {
    sentence += '.';
  }
  return sentence;
}

std::string TidyParagraph(std::string_view paragraph) {
  std::vector<std::string> kept;
  for (const std::string& line : Lines(paragraph)) {
    std::string tidy = LooksLikeCode(line) ? std::string(Trim(line)) : TidyLine(line);
    if (!tidy.empty()) kept.push_back(std::move(tidy));
  }
  // A lead-in that ends on a colon needs what it leads into: at the end of a paragraph it
  // dangles, so a short lead-in ("To try it:") goes and a longer sentence ends with a full stop.
  constexpr std::size_t kLeadInWords = 6;
  while (!kept.empty() && kept.back().back() == ':' && !LooksLikeCode(kept.back())) {
    if (WordCount(kept.back()) <= kLeadInWords) {
      kept.pop_back();
    } else {
      kept.back().back() = '.';
    }
  }
  std::string out;
  for (const std::string& line : kept) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

bool IsClosingParagraph(std::string_view paragraph) {
  const std::string_view text = Trim(paragraph);
  if (text.empty()) return false;
  const std::vector<std::string> lines = Lines(text);
  const std::string& last = lines.back();
  if (lines.size() == 1) {
    const std::string_view bare = WithoutMarker(last);
    if (bare.starts_with("http://") || bare.starts_with("https://")) return true;
    if (bare.find(' ') == std::string_view::npos && bare.find("github.com/") != bare.npos) {
      return true;
    }
  }
  if (LooksLikeCode(last)) return false;
  if (WithoutTrailingEmoji(Trim(std::string_view(last))).ends_with('?')) return true;
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  static constexpr std::array<std::string_view, 8> kCalls{
      "give it a star", "star it",     "check it out", "link in the comments",
      "link below",     "let me know", "share it",     "follow for more"};
  return std::any_of(kCalls.begin(), kCalls.end(),
                     [&](std::string_view call) { return lower.find(call) != std::string::npos; });
}

PostShape PostShape::Parse(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = text.find("\n\n", start);
    const std::string_view para =
        Trim(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (!para.empty()) paragraphs.emplace_back(para);
    if (end == std::string_view::npos) break;
    start = end + 2;
  }
  PostShape shape;
  if (paragraphs.size() > 1 && paragraphs.back().front() == '#') {
    shape.hashtags = paragraphs.back();
    paragraphs.pop_back();
  }
  // The closing is the trailing run of closing paragraphs, never the hook paragraph.
  std::size_t split = paragraphs.size();
  while (split > 1 && IsClosingParagraph(paragraphs[split - 1])) --split;
  shape.head.assign(paragraphs.begin(), paragraphs.begin() + static_cast<std::ptrdiff_t>(split));
  shape.closing.assign(paragraphs.begin() + static_cast<std::ptrdiff_t>(split), paragraphs.end());
  return shape;
}

std::string PostShape::Render() const {
  std::string out;
  const auto add = [&out](std::string_view paragraph) {
    std::string tidy = TidyParagraph(paragraph);
    if (tidy.empty()) return;
    if (!out.empty()) out += "\n\n";
    out += tidy;
  };
  for (const std::string& paragraph : head) add(paragraph);
  for (const std::string& paragraph : closing) add(paragraph);
  if (!hashtags.empty()) add(hashtags);
  return out;
}

std::string PostShape::Hook() const {
  if (head.empty()) return {};
  return head.front().substr(0, head.front().find('\n'));
}

void PostShape::ReplaceHook(const std::string& hook) {
  if (head.empty()) {
    head.push_back(hook);
    return;
  }
  std::string& first = head.front();
  const std::size_t end = first.find('\n');
  first.replace(0, end == std::string::npos ? first.size() : end, hook);
}

void PostShape::AddToBody(std::string paragraph) { head.push_back(std::move(paragraph)); }

}  // namespace repopost::generate
