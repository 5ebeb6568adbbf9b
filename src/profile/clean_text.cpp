#include "profile/clean_text.h"

#include <re2/re2.h>

#include <cctype>
#include <utility>

#include "text/sentence_segmenter.h"
#include "text/utf8.h"

namespace repopost::profile {
namespace {

void ReplaceAll(std::string& text, const RE2& pattern, std::string_view with) {
  RE2::GlobalReplace(&text, pattern, re2::StringPiece(with.data(), with.size()));
}

// The byte length of a Unicode space at `i` (no-break, en, em, thin, ideographic and zero-width
// spaces, which HTML entities and copied text bring in), 0 when there is none.
std::size_t UnicodeSpaceAt(std::string_view text, std::size_t i) {
  static constexpr std::string_view kSpaces[] = {"\u00a0", "\u2002", "\u2003", "\u2004", "\u2005",
                                                 "\u2006", "\u2007", "\u2008", "\u2009", "\u200a",
                                                 "\u200b", "\u202f", "\u205f", "\u3000", "\ufeff"};
  for (std::string_view space : kSpaces) {
    if (text.substr(i, space.size()) == space) return space.size();
  }
  return 0;
}

// Every run of ASCII or Unicode whitespace becomes one space; none is left at either end.
std::string CollapseSpaces(std::string_view text) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const std::size_t wide = UnicodeSpaceAt(text, i);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || wide > 0) {
      space = !out.empty();
      if (wide > 0) i += wide - 1;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The HTML entities READMEs write in headings and prose ("Serde &emsp; [badges]").
void DecodeEntities(std::string& text) {
  if (text.find('&') == std::string::npos) return;
  static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&nbsp;", " "},       {"&ensp;", " "},        {"&emsp;", " "}, {"&thinsp;", " "},
      {"&amp;", "&"},        {"&lt;", "<"},          {"&gt;", ">"},   {"&quot;", "\""},
      {"&#39;", "'"},        {"&#x27;", "'"},        {"&apos;", "'"}, {"&mdash;", "\u2014"},
      {"&ndash;", "\u2013"}, {"&hellip;", "\u2026"}, {"&#x3D;", "="}, {"&copy;", "\u00a9"}};
  for (const auto& [entity, with] : kEntities) {
    for (std::size_t at = text.find(entity); at != std::string::npos;
         at = text.find(entity, at + with.size())) {
      text.replace(at, entity.size(), with);
    }
  }
}

}  // namespace

std::string CleanText(std::string_view raw) {
  static const RE2 kHtmlTag(R"(</?[A-Za-z][^<>]{0,300}>)");
  static const RE2 kMystRole(R"(\{[A-Za-z][\w:.-]{0,30}\}`?~?)");
  static const RE2 kAlert(R"(\[![A-Za-z]+\]\s*)");
  static const RE2 kRstRole(R"(:[a-z][\w:.-]{0,30}:`)");
  static const RE2 kFootnoteRef(R"(\[\^[^\]]{1,20}\])");
  static const RE2 kSuperscript("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+");
  static const RE2 kShortcode(R"((?:^|\s):[a-z0-9_+-]{2,30}:(?:\s|$))");
  static const RE2 kTrailingStar(R"(\s*\*+\s*([.!?]?)\s*$)");
  std::string text = text::SanitizeUtf8(raw);
  ReplaceAll(text, kHtmlTag, " ");
  DecodeEntities(text);
  ReplaceAll(text, kMystRole, "");
  ReplaceAll(text, kAlert, "");
  ReplaceAll(text, kRstRole, "");
  ReplaceAll(text, kFootnoteRef, "");
  ReplaceAll(text, kSuperscript, "");
  ReplaceAll(text, kShortcode, " ");
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '`') continue;
    if ((c == '*' || c == '_') && i + 1 < text.size() && text[i + 1] == c) {
      ++i;
      continue;
    }
    // A single * or _ that opens or closes emphasis (next to a space or the text's edge).
    if (c == '*' || c == '_') {
      const bool before_space = i == 0 || text[i - 1] == ' ';
      const bool after_space = i + 1 == text.size() || text[i + 1] == ' ' ||
                               std::ispunct(static_cast<unsigned char>(text[i + 1])) != 0;
      if (before_space || (c == '*' && after_space)) continue;
    }
    out += c;
  }
  out = CollapseSpaces(out);
  RE2::Replace(&out, kTrailingStar, "\\1");
  while (!out.empty() && (out.back() == ':' || out.back() == ' ' || out.back() == ',')) {
    out.pop_back();
  }
  static const RE2 kSpaceBeforePunct(R"(\s+([.,;:!?)]))");
  ReplaceAll(out, kSpaceBeforePunct, "\\1");
  return out;
}

std::string TrimSpace(std::string_view text) {
  auto is_space_at = [&](std::size_t i) {
    const char c = text[i];
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  };
  std::size_t begin = 0;
  while (begin < text.size()) {
    const std::size_t wide = UnicodeSpaceAt(text, begin);
    if (wide == 0 && !is_space_at(begin)) break;
    begin += wide > 0 ? wide : 1;
  }
  std::size_t end = text.size();
  while (end > begin) {
    if (is_space_at(end - 1)) {
      --end;
      continue;
    }
    std::size_t wide = 0;
    for (std::size_t back = 2; back <= 3 && back <= end - begin && wide == 0; ++back) {
      if (UnicodeSpaceAt(text, end - back) == back) wide = back;
    }
    if (wide == 0) break;
    end -= wide;
  }
  return std::string(text.substr(begin, end - begin));
}

bool HasFootnoteMarker(std::string_view text) {
  static const RE2 kMarker(
      "(\\[\\^[^\\]]{1,20}\\])|[\u00b9\u00b2\u00b3]|[\\w%.)]\\s?\\*+(?:\\s|$|[.,;])");
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kMarker);
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool ContainsAny(std::string_view lower_haystack, std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (lower_haystack.find(needle) != std::string_view::npos) return true;
  }
  return false;
}

int WordCount(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool letter =
        std::isalnum(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80;
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

std::vector<std::string> SplitSentences(std::string_view paragraph) {
  std::vector<std::string> out;
  const std::string flat = CollapseSpaces(paragraph);
  for (const text::Segment& s : text::SentenceSegmenter().Split(flat)) {
    if (!s.text.empty()) out.push_back(s.text);
  }
  return out;
}

// A quotation of six words or more, or a sentence that opens with a quote: someone speaking.
bool IsQuotation(std::string_view raw) {
  const std::size_t first = raw.find_first_of("\"");
  const std::size_t curly = raw.find("\u201c");
  if (first == 0 || curly == 0) return true;
  for (std::size_t open : {first, curly}) {
    if (open == std::string_view::npos) continue;
    const std::size_t close =
        open == curly ? raw.find("\u201d", open + 3) : raw.find('"', open + 1);
    const std::size_t end = close == std::string_view::npos ? raw.size() : close;
    if (WordCount(raw.substr(open, end - open)) >= 6) return true;
  }
  return false;
}

bool IsCaveatOrQuote(std::string_view raw) {
  if (IsQuotation(raw)) return true;
  const std::string lower = LowerAscii(raw);
  if (lower.starts_with("i ") || lower.find(" i ") != std::string::npos ||
      lower.find("i'm ") != std::string::npos) {
    return true;
  }
  return ContainsAny(
             lower, {"not supported",   "unsupported",       "not recommended", "no longer",
                     "not yet",         "does not support",  "doesn't support", "deprecated",
                     "maintenance",     "will not add",      "won't add",       "not add new",
                     "experimental",    "in beta",           "in alpha",        "security issues",
                     "security fixes",  "use those instead", "instead.",        "on purpose",
                     "limitation",      "is ignored",        "now ignored",     "breaking",
                     "dropped support", "removed",           "skips ",          "pin the exact"}) ||
         lower.starts_with("note") || lower.starts_with("warning") ||
         lower.starts_with("deprecated") || lower.starts_with("beta") || lower.starts_with("alpha");
}

bool IsInstruction(const std::string& lower) {
  static constexpr std::string_view kVerbs[] = {
      "begin ",   "start ",    "use ",      "install ",   "run ",    "add ",     "create ",
      "declare ", "see ",      "check ",    "click ",     "read ",   "try ",     "import ",
      "clone ",   "download ", "make ",     "note ",      "visit ",  "go ",      "open ",
      "call ",    "define ",   "write ",    "now let's ", "first, ", "finally",  "then ",
      "next, ",   "set ",      "put ",      "follow ",    "join ",   "include ", "build ",
      "get ",     "let's ",    "decorate ", "implement ", "simply ", "just "};
  for (std::string_view verb : kVerbs) {
    if (lower.starts_with(verb)) return true;
  }
  return false;
}

bool IsAuthorSpeaking(const std::string& lower) {
  const std::string padded = " " + lower + " ";
  return ContainsAny(padded, {" we ", " we're ", " we've ", " we’re ", " our ", " us ", " i ",
                              " i'm ", " i’m ", " i've ", " my ", "announce"});
}

std::string Squash(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

}  // namespace repopost::profile
