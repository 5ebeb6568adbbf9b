#include "generate/point_sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>

namespace repopost::generate {
namespace {

// Base-form verbs that open imperative feature items ("Make XMLHttpRequests from the browser").
constexpr std::array<std::string_view, 96> kImperativeVerbs{
    "add",      "allow",     "analyze",  "annotate", "automate",  "avoid",     "build",
    "cache",    "call",      "cancel",   "capture",  "catch",     "change",    "check",
    "colorize", "combine",   "compare",  "compile",  "compose",   "compress",  "configure",
    "connect",  "convert",   "copy",     "create",   "customize", "debug",     "declare",
    "decode",   "define",    "delete",   "deploy",   "describe",  "detect",    "display",
    "download", "edit",      "embed",    "enable",   "encode",    "explore",   "export",
    "extend",   "extract",   "fetch",    "filter",   "find",      "format",    "generate",
    "get",      "handle",    "highlight", "import",  "inspect",   "install",   "integrate",
    "intercept", "keep",     "list",     "load",     "make",      "manage",    "map",
    "match",    "merge",     "monitor",  "nest",     "open",      "parse",     "pipe",
    "preview",  "print",     "process",  "protect",  "query",     "read",      "render",
    "replace",  "request",   "resolve",  "reuse",    "route",     "run",       "save",
    "search",   "send",      "serialize", "serve",   "share",     "sort",      "stream",
    "style",    "test",      "track",    "transform", "validate", "write"};

// Words that make a text a whole sentence when they follow its subject.
constexpr std::array<std::string_view, 40> kFiniteVerbs{
    "is",      "are",      "was",     "were",     "has",     "have",    "can",     "will",
    "does",    "do",       "lets",    "makes",    "provides", "supports", "uses",   "comes",
    "works",   "runs",     "allows",  "gives",    "offers",  "ships",   "handles", "includes",
    "keeps",   "needs",    "displays", "shows",   "takes",   "reads",   "writes",  "builds",
    "exposes", "wraps",    "parses",  "generates", "renders", "features", "requires", "may"};

// Labels that introduce a how-to or project-care paragraph, not a feature.
constexpr std::array<std::string_view, 16> kHowToLabels{
    "upgrading",  "installing", "installation", "cloning",  "building",  "usage",
    "using",      "contributing", "configuration", "license", "licence", "setup",
    "requirements", "testing",  "development",  "documentation"};

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> out;
  std::istringstream in{std::string(text)};
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string StripWord(std::string word) {
  while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back())) != 0 &&
         word.back() != '+') {
    word.pop_back();
  }
  while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.front())) != 0) {
    word.erase(0, 1);
  }
  return Lower(word);
}

template <std::size_t N>
bool IsOneOf(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string Trim(std::string_view text) {
  std::size_t b = 0;
  std::size_t e = text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(text[b])) != 0) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1])) != 0) --e;
  return std::string(text.substr(b, e - b));
}

std::string WithoutStop(std::string text) {
  text = Trim(text);
  while (!text.empty() && (text.back() == '.' || text.back() == ';' || text.back() == ',')) {
    text.pop_back();
  }
  return text;
}

bool Unusable(std::string_view text) {
  const std::string lower = Lower(text);
  for (std::string_view cue : {"as follows", "see below", "see above", "example:", "click ",
                               "then you can", "for example", "e.g.", "note,", "note:", "(note",
                               "$ ", "[", "](", "todo", "http://", "https://"}) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  if (text.empty() || text.front() == '(' || text.back() == '?' || text.back() == ':') return true;
  // Code-heavy text reads as a snippet, not a point.
  std::size_t code = 0;
  const std::vector<std::string> words = Words(text);
  for (const std::string& w : words) {
    if (w.find("()") != std::string::npos || w.find("::") != std::string::npos ||
        w.find('=') != std::string::npos || w.find('{') != std::string::npos ||
        w.find("_") != std::string::npos ||
        (w.find('.') != std::string::npos && w.find('.') + 1 < w.size() &&
         std::isalpha(static_cast<unsigned char>(w[w.find('.') + 1])) != 0)) {
      ++code;
    }
  }
  return words.size() < 2 || code * 4 > words.size();
}

bool ReadsAsSentence(const std::vector<std::string>& words) {
  if (words.size() < 4) return false;
  const std::size_t reach = std::min<std::size_t>(words.size(), 8);
  for (std::size_t i = 1; i < reach; ++i) {
    const std::string w = StripWord(words[i]);
    if (IsOneOf(w, kFiniteVerbs)) return true;
  }
  const std::string first = StripWord(words[0]);
  return first == "it" || first == "you" || first == "they" || first == "we";
}

bool LooksLikeAdjective(std::string_view label) {
  const std::vector<std::string> words = Words(label);
  if (words.size() != 1) return false;
  const std::string w = Lower(words[0]);
  for (std::string_view end : {"able", "ible", "ful", "ive", "ent", "ant", "ed", "less", "ous",
                               "ic", "al", "ary", "fast", "small", "simple", "safe", "tiny", "lean",
                               "light", "quick", "secure", "portable", "free", "ready"}) {
    if (w.ends_with(end)) return true;
  }
  return false;
}

// The upper-case first letter of a text opening a sentence.
std::string UpperFirst(std::string text) {
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string Sentence(std::string text) {
  text = Trim(text);
  if (text.empty()) return text;
  const char last = text.back();
  if (last != '.' && last != '!' && last != '?') text += '.';
  return UpperFirst(std::move(text));
}

}  // namespace

std::string LowerLead(std::string_view phrase) {
  std::vector<std::string> words = Words(phrase);
  if (words.empty()) return "";
  const auto capitalised = [](const std::string& w) {
    if (w.empty() || std::isupper(static_cast<unsigned char>(w[0])) == 0) return false;
    // Only the first letter of each part in capitals ("Keep-Alive"): a title-cased word.
    bool after_break = false;
    for (std::size_t i = 1; i < w.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(w[i]);
      if (std::isupper(c) != 0 && !after_break) return false;
      after_break = c == '-' || c == '/';
    }
    return true;
  };
  // A title-cased phrase ("Keep-Alive & Connection Pooling") is lowered word by word; otherwise
  // only its first word is.
  const bool title_case = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
    return capitalised(w) || std::isalpha(static_cast<unsigned char>(w[0])) == 0 || w == "and" ||
           w == "or" || w == "of" || w == "for" || w == "the" || w == "a" || w == "in" ||
           w == "to" || w == "with";
  });
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i];
    if ((i == 0 || title_case) && capitalised(w)) w = Lower(w);
    out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

ShapedPoint ShapePoint(std::string_view point) {
  ShapedPoint shaped;
  const std::string text = WithoutStop(std::string(point));
  if (Unusable(text)) return shaped;
  // "Label: description" with a short label.
  const std::size_t colon = text.find(": ");
  if (colon != std::string::npos && colon > 0 && Words(text.substr(0, colon)).size() <= 3) {
    shaped.label = Trim(text.substr(0, colon));
    shaped.body = Trim(text.substr(colon + 2));
    const std::string first_label_word = StripWord(Words(shaped.label)[0]);
    if (IsOneOf(first_label_word, kHowToLabels) || Words(shaped.body).size() < 3) {
      return ShapedPoint{};
    }
    shaped.shape = PointShape::kLabelled;
    return shaped;
  }
  const std::vector<std::string> words = Words(text);
  shaped.body = text;
  const std::string first = StripWord(words[0]);
  if (IsOneOf(first, kImperativeVerbs)) {
    shaped.shape = PointShape::kImperative;
  } else if (ReadsAsSentence(words)) {
    shaped.shape = PointShape::kSentence;
  } else if (words.size() <= 9) {
    shaped.shape = PointShape::kNounPhrase;
  }
  return shaped;
}

std::vector<std::string> PointSentences(const std::vector<std::string>& points,
                                        std::string_view name, std::size_t limit) {
  std::vector<std::string> out;
  std::vector<std::string> actions;  // imperative items, lowered
  std::vector<std::string> things;   // noun phrases, lowered
  std::size_t actions_at = 0;
  std::size_t things_at = 0;
  std::vector<std::string> slots;  // sentence per output position; gathered ones filled later
  for (const std::string& point : points) {
    if (slots.size() >= limit) break;
    const ShapedPoint shaped = ShapePoint(point);
    switch (shaped.shape) {
      case PointShape::kUnusable:
        break;
      case PointShape::kSentence:
        slots.push_back(Sentence(shaped.body));
        break;
      case PointShape::kLabelled: {
        const ShapedPoint inner = ShapePoint(shaped.body);
        if (inner.shape == PointShape::kSentence) {
          slots.push_back(Sentence(inner.body));
        } else if (LooksLikeAdjective(shaped.label)) {
          slots.push_back("It is " + Lower(shaped.label) + ": " + LowerLead(shaped.body) + ".");
        } else if (inner.shape == PointShape::kImperative) {
          if (actions.empty()) actions_at = slots.size(), slots.emplace_back();
          actions.push_back(LowerLead(inner.body));
        }
        break;
      }
      case PointShape::kImperative:
        if (actions.empty()) actions_at = slots.size(), slots.emplace_back();
        actions.push_back(LowerLead(shaped.body));
        break;
      case PointShape::kNounPhrase:
        if (things.empty()) things_at = slots.size(), slots.emplace_back();
        things.push_back(LowerLead(shaped.body));
        break;
    }
  }
  if (!actions.empty()) {
    actions.resize(std::min<std::size_t>(actions.size(), 4));
    slots[actions_at] = "With " + std::string(name) + " you can " + JoinList(actions) + ".";
  }
  if (!things.empty()) {
    things.resize(std::min<std::size_t>(things.size(), 4));
    slots[things_at] = "It comes with " + JoinList(things) + ".";
  }
  for (std::string& s : slots) {
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace repopost::generate
