#include "generate/point_sentences.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>

namespace repopost::generate {
namespace {

// Base-form verbs that open imperative feature items ("Make XMLHttpRequests from the browser").
constexpr auto kImperativeVerbs = std::to_array<std::string_view>(
    {"add",       "allow",   "analyze",   "annotate",  "automate",  "avoid",    "build",
     "cache",     "call",    "cancel",    "capture",   "catch",     "change",   "check",
     "colorize",  "combine", "compare",   "compile",   "compose",   "compress", "configure",
     "connect",   "convert", "copy",      "create",    "customize", "debug",    "declare",
     "decode",    "define",  "delete",    "deploy",    "describe",  "detect",   "display",
     "download",  "edit",    "embed",     "enable",    "encode",    "explore",  "export",
     "extend",    "extract", "fetch",     "filter",    "find",      "format",   "generate",
     "get",       "handle",  "highlight", "import",    "inspect",   "install",  "integrate",
     "intercept", "keep",    "list",      "load",      "make",      "manage",   "map",
     "match",     "merge",   "monitor",   "nest",      "open",      "parse",    "pipe",
     "preview",   "print",   "process",   "protect",   "query",     "read",     "render",
     "replace",   "request", "resolve",   "reuse",     "route",     "run",      "save",
     "search",    "send",    "serialize", "serve",     "share",     "sort",     "stream",
     "style",     "test",    "track",     "transform", "validate",  "write",    "provide",
     "support",   "offer",   "implement", "expose"});

// Words that make a text a whole sentence when they follow its subject.
constexpr auto kFiniteVerbs = std::to_array<std::string_view>(
    {"is",      "are",   "was",      "were",      "has",      "have",     "can",      "will",
     "does",    "do",    "lets",     "makes",     "provides", "supports", "uses",     "comes",
     "works",   "runs",  "allows",   "gives",     "offers",   "ships",    "handles",  "includes",
     "keeps",   "needs", "displays", "shows",     "takes",    "reads",    "writes",   "builds",
     "exposes", "wraps", "parses",   "generates", "renders",  "features", "requires", "may"});

// Labels that introduce a how-to or project-care paragraph, not a feature.
constexpr auto kHowToLabels = std::to_array<std::string_view>(
    {"upgrading", "installing", "installation", "cloning", "building", "usage", "using",
     "contributing", "configuration", "license", "licence", "setup", "requirements", "testing",
     "development", "documentation"});

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

// Words that are code: calls, scopes, assignments, snake_case, member access.
std::size_t CodeWords(const std::vector<std::string>& words) {
  std::size_t code = 0;
  for (const std::string& w : words) {
    if (w.find("()") != std::string::npos || w.find("::") != std::string::npos ||
        w.find('=') != std::string::npos || w.find('{') != std::string::npos ||
        w.find("_") != std::string::npos ||
        (w.find('.') != std::string::npos && w.find('.') + 1 < w.size() &&
         std::isalpha(static_cast<unsigned char>(w[w.find('.') + 1])) != 0)) {
      ++code;
    }
  }
  return code;
}

// "... scores w.r.t.", "... such as e.g.": a sentence cut at an abbreviation by the splitter
// that found it; what it was going to say is lost.
bool CutAtAbbreviation(std::string_view text) {
  const std::size_t space = text.rfind(' ');
  std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  if (last.ends_with(".")) last.remove_suffix(1);
  if (last.empty() || last.size() > 6 || last.find('.') == std::string_view::npos) return false;
  return std::all_of(last.begin(), last.end(), [](char c) {
    return c == '.' || std::islower(static_cast<unsigned char>(c)) != 0;
  });
}

// "This way, you can ...", "These are ...", "In this case ...": a sentence that leans on the one
// before it in the README, which the post does not have. "This library ..." names the project.
bool LeansOnThePrevious(std::string_view text) {
  const std::string lower = Lower(text);
  for (std::string_view lead :
       {"this way", "in this case", "in that case", "that way", "thus", "therefore", "however",
        "hence", "as a result", "otherwise", "in addition", "additionally", "furthermore",
        "moreover", "similarly", "likewise", "instead"}) {
    if (lower.starts_with(lead)) return true;
  }
  for (std::string_view pointer : {"this ", "that ", "these ", "those ", "such ", "it also "}) {
    if (!lower.starts_with(pointer)) continue;
    const std::string_view rest = std::string_view(lower).substr(pointer.size());
    for (std::string_view self : {"project", "library", "tool", "package", "crate", "module",
                                  "framework", "repository", "repo", "gem", "app", "cli"}) {
      if (rest.starts_with(self)) return false;
    }
    return pointer != "it also ";
  }
  return false;
}

// "Built-in JSON support", "Formatted output", "Streaming uploads": a thing the project has. Not
// a participle with its preposition ("based on type hints"), an action with its object
// ("creating web applications that ...": a use, not a feature), nor a clause with a subject of
// its own ("now you could run it").
bool ReadsAsNounPhrase(const std::vector<std::string>& words) {
  const std::string first = Lower(StripWord(words[0]));
  const std::string second = words.size() > 1 ? Lower(StripWord(words[1])) : "";
  const bool preposition = second == "on" || second == "by" || second == "in" || second == "with" ||
                           second == "for" || second == "to" || second == "from" || second == "at";
  if (first.size() > 4 && first.ends_with("ed") && preposition) return false;  // "based on"
  if (first.size() > 5 && first.ends_with("ing") && words.size() >= 4) {
    const std::string stem = first.substr(0, first.size() - 3);
    if (IsOneOf(stem, kImperativeVerbs) || IsOneOf(stem + "e", kImperativeVerbs)) return false;
  }
  for (const std::string& word : words) {
    const std::string w = Lower(StripWord(word));
    if (w == "you" || w == "it" || w == "we" || w == "they" || w == "i" || w == "now") {
      return false;
    }
  }
  return true;
}

bool Unusable(std::string_view text) {
  if (CutAtAbbreviation(Trim(text)) || LeansOnThePrevious(Trim(text))) return true;
  const std::string lower = " " + Lower(text);
  for (std::string_view cue :
       {"as follows", "see below", "see above", "example:", "click ", "then you can", "for example",
        "e.g.", "check out", " our ", "we're", "we ", "note,", "note:", "(note", "$ ", "[", "](",
        "todo", "http://", "https://",
        // community and support lines, not what the product does
        "bug report", "feature request", "pull request", "contribut", "sponsor", "discord", "slack",
        "gitter", "mailing list"}) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  if (text.empty() || text.front() == '(' || text.back() == '?' || text.back() == ':') return true;
  // Code-heavy text reads as a snippet, not a point.
  const std::vector<std::string> words = Words(text);
  return words.size() < 2 || CodeWords(words) * 3 > words.size();
}

bool ThirdPersonVerb(const std::string& word);

bool HasAbsolute(std::string_view text) {
  for (const std::string& word : Words(text)) {
    const std::string w = Lower(StripWord(word));
    if (w == "completely" || w == "fully" || w == "always" || w == "never" || w == "every" ||
        w == "entirely" || w == "totally" || w == "all" || w == "any") {
      return true;
    }
  }
  return false;
}

// " (e.g. less)", " (see left sidebar)": an aside pointing at an example or a picture; the
// sentence stands without it.
std::string WithoutAsides(std::string text) {
  for (std::string_view open : {" (e.g.", " (see ", " (i.e.", " (eg "}) {
    for (std::size_t at; (at = text.find(open)) != std::string::npos;) {
      const std::size_t close = text.find(')', at);
      if (close == std::string::npos) break;
      text.erase(at, close + 1 - at);
    }
  }
  return text;
}

bool ReadsAsSentence(const std::vector<std::string>& words) {
  if (words.size() < 4) return false;
  // "bat communicates with git ...": a subject and a verb in the third person.
  if (ThirdPersonVerb(Lower(StripWord(words[1])))) return true;
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
  for (std::string_view end :
       {"able", "ible", "ful",   "ive",   "ent",    "ant",      "ed",     "less",
        "ous",  "ic",   "al",    "ary",   "fast",   "small",    "simple", "safe",
        "tiny", "lean", "light", "quick", "secure", "portable", "free",   "ready"}) {
    if (w.ends_with(end)) return true;
  }
  return false;
}

// The first sentence of a point: list items and labelled bodies often go on with a remark
// ("Detect whether ... Used internally ...") that cannot stand after a gathered item.
std::string FirstSentence(std::string_view point) {
  const std::string text = Trim(point);
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == '!') && text[i + 1] == ' ' && i + 2 < text.size() &&
        std::isalpha(static_cast<unsigned char>(text[i + 2])) != 0 && i > 0 &&
        std::islower(static_cast<unsigned char>(text[i - 1])) != 0) {
      // "e.g. less", "i.e. the", "vs. grep": an abbreviation, not the end of the sentence.
      const std::size_t start =
          text.rfind(' ', i) == std::string::npos ? 0 : text.rfind(' ', i) + 1;
      const std::string word = Lower(text.substr(start, i - start));
      const bool abbreviation = word.find('.') != std::string::npos || word == "(e.g" ||
                                word == "vs" || word == "etc" || word == "approx" || word == "cf";
      if (!abbreviation) return text.substr(0, i + 1);
    }
  }
  return text;
}

// A label that names an API ("chalk.level", "supportsColor", "`run()`") rather than a property.
bool LooksLikeCode(std::string_view label) {
  if (label.find_first_of("`.()_[]{}<>=") != std::string_view::npos) return true;
  for (std::size_t i = 1; i < label.size(); ++i) {
    if (std::isupper(static_cast<unsigned char>(label[i])) != 0 &&
        std::islower(static_cast<unsigned char>(label[i - 1])) != 0) {
      return true;  // camelCase
    }
  }
  return false;
}

// "Auto-detects", "Supports", "Doesn't": a verb in the third person opening a feature item.
bool ThirdPersonVerb(const std::string& word) {
  if (word == "doesn't" || word == "doesnt" || word == "never" || word == "has" || word == "is") {
    return true;
  }
  std::string stem = word.substr(word.rfind('-') == std::string::npos ? 0 : word.rfind('-') + 1);
  if (stem.size() < 4 || stem.back() != 's') return false;
  stem.pop_back();
  if (IsOneOf(stem, kImperativeVerbs)) return true;
  if (stem.ends_with("e") && IsOneOf(stem.substr(0, stem.size() - 1), kImperativeVerbs)) {
    return true;  // "matches" -> "match"
  }
  return stem == "support" || stem == "work" || stem == "provide" || stem == "include" ||
         stem == "use" || stem == "ship" || stem == "require" || stem == "let";
}

// "Highly performant", "Clean and focused", "Actively maintained": only adverbs, adjectives and
// "and".
bool AdjectivePhrase(const std::vector<std::string>& words) {
  for (const std::string& raw : words) {
    const std::string w = StripWord(raw);
    if (w == "and" || w == "or" || w.ends_with("ly") || LooksLikeAdjective(w) || w == "clean" ||
        w == "focused" || w == "maintained" || w == "lightweight" || w == "minimal") {
      continue;
    }
    return false;
  }
  return true;
}

// A sentence this long is a paragraph of documentation, not a point.
constexpr std::size_t kMaxSentenceWords = 40;

// "Since Chrome 69, ...", "If you ...": a sentence about a condition or another product, which
// does not stand as a point about the project.
bool OpensWithCondition(std::string_view sentence) {
  const std::vector<std::string> words = Words(sentence);
  if (words.empty()) return true;
  const std::string first = StripWord(words[0]);
  return first == "since" || first == "if" || first == "when" || first == "although" ||
         first == "while" || first == "because" || first == "unless" || first == "once";
}

// A first word written as the project writes it: the product's name ("fzf", "whisper.cpp") or a
// code-like word ("npm", "std::vector", "iOS", "x86_64") keeps its case at a sentence start.
bool KeepsItsCase(std::string_view word, std::string_view name) {
  while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back())) != 0) {
    word.remove_suffix(1);
  }
  if (word.empty()) return true;
  if (!name.empty() && Lower(word) == Lower(name)) return true;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(word[i]);
    if (std::isdigit(c) != 0 || c == '.' || c == '_' || c == '/' || c == ':') return true;
    if (i > 0 && std::isupper(c) != 0) return true;
  }
  return false;
}

// The upper-case first letter of a text opening a sentence.
std::string UpperFirst(std::string text, std::string_view name) {
  const std::string_view first = std::string_view(text).substr(0, text.find(' '));
  if (!text.empty() && !KeepsItsCase(first, name)) {
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  }
  return text;
}

std::string Sentence(std::string text, std::string_view name) {
  text = Trim(text);
  if (text.empty()) return text;
  const char last = text.back();
  if (last != '.' && last != '!' && last != '?') text += '.';
  return UpperFirst(std::move(text), name);
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
  const std::string text = WithoutStop(FirstSentence(point));
  if (Unusable(text)) return shaped;
  // "Label: description" with a short label.
  const std::size_t colon = text.find(": ");
  // A heading glued to a whole sentence ("256 and Truecolor color support: Chalk supports ...").
  if (colon != std::string::npos && Words(text.substr(0, colon)).size() > 3 &&
      !LooksLikeCode(text.substr(0, colon))) {
    const std::vector<std::string> after = Words(text.substr(colon + 2));
    if (ReadsAsSentence(after)) {
      shaped.shape = PointShape::kSentence;
      shaped.body = Trim(text.substr(colon + 2));
      return shaped;
    }
  }
  if (colon != std::string::npos && colon > 0 && Words(text.substr(0, colon)).size() <= 3) {
    shaped.label = Trim(text.substr(0, colon));
    shaped.body = Trim(text.substr(colon + 2));
    const std::string first_label_word = StripWord(Words(shaped.label)[0]);
    if (IsOneOf(first_label_word, kHowToLabels) || Words(shaped.body).size() < 3 ||
        LooksLikeCode(shaped.label)) {
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
  } else if (words.size() <= 9 && ThirdPersonVerb(first) &&
             (words.size() < 2 || !IsOneOf(StripWord(words[1]), kFiniteVerbs))) {
    shaped.shape = PointShape::kDoes;
  } else if (words.size() <= 5 && AdjectivePhrase(words)) {
    shaped.shape = PointShape::kAdjective;
  } else if (ReadsAsSentence(words)) {
    shaped.shape = PointShape::kSentence;
  } else if (words.size() <= 9 && CodeWords(words) == 0 && ReadsAsNounPhrase(words)) {
    shaped.shape = PointShape::kNounPhrase;
  }
  return shaped;
}

std::vector<std::string> PointSentences(const std::vector<std::string>& points,
                                        std::string_view name, std::size_t limit) {
  std::vector<std::string> out;
  std::vector<std::string> actions;  // imperative items, lowered
  std::vector<std::string> things;   // noun phrases, lowered
  std::vector<std::string> does;     // third-person items, lowered
  std::vector<std::string> traits;   // adjective phrases, lowered
  std::size_t actions_at = 0;
  std::size_t things_at = 0;
  std::size_t does_at = 0;
  std::size_t traits_at = 0;
  std::vector<std::string> slots;  // sentence per output position; gathered ones filled later
  std::size_t labelled_traits = 0;
  // A short item listing several properties ("Portable, no dependencies") is several items.
  std::vector<std::string> items;
  for (const std::string& point : points) {
    if (Words(point).size() <= 6 && point.find(", ") != std::string::npos &&
        point.find(": ") == std::string::npos) {
      std::size_t from = 0;
      for (std::size_t comma; (comma = point.find(", ", from)) != std::string::npos;
           from = comma + 2) {
        items.push_back(point.substr(from, comma - from));
      }
      items.push_back(point.substr(from));
    } else {
      items.push_back(point);
    }
  }
  for (const std::string& item : items) {
    if (slots.size() >= limit) break;
    const std::string point = WithoutAsides(item);
    const ShapedPoint shaped = ShapePoint(point);
    switch (shaped.shape) {
      case PointShape::kUnusable:
        break;
      case PointShape::kSentence:
        if (Words(shaped.body).size() <= kMaxSentenceWords && !OpensWithCondition(shaped.body)) {
          slots.push_back(Sentence(shaped.body, name));
        }
        break;
      case PointShape::kLabelled: {
        const ShapedPoint inner = ShapePoint(shaped.body);
        const std::vector<std::string> body_words = Words(inner.body);
        const bool names_subject =
            body_words.size() >= 4 && Lower(StripWord(body_words[0])) == Lower(name);
        if (inner.shape == PointShape::kSentence || (names_subject && !Unusable(inner.body))) {
          slots.push_back(Sentence(names_subject ? shaped.body : inner.body, name));
        } else if (LooksLikeAdjective(shaped.label)) {
          // Openings vary from the second labelled property on.
          static constexpr std::array<std::string_view, 4> kOpen{"It is ", "It is also ",
                                                                 "And it is ", "It is also "};
          slots.push_back(std::string(kOpen[labelled_traits++ % kOpen.size()]) +
                          Lower(shaped.label) + ": " + LowerLead(shaped.body) + ".");
        } else if (inner.shape == PointShape::kImperative) {
          if (actions.empty()) actions_at = slots.size(), slots.emplace_back();
          actions.push_back(LowerLead(inner.body));
        }
        break;
      }
      case PointShape::kImperative:
        // "Support back-end rendering, the controller generates ...": a run-on item, which a
        // gathered list cannot carry.
        if (shaped.body.find(", ") != std::string::npos && Words(shaped.body).size() > 8) break;
        // An absolute ("completely asynchronous") is checked against its own line: the item
        // keeps a sentence of its own.
        if (HasAbsolute(shaped.body)) {
          slots.push_back("With " + std::string(name) + " you can " + LowerLead(shaped.body) + ".");
          break;
        }
        if (actions.empty()) actions_at = slots.size(), slots.emplace_back();
        actions.push_back(LowerLead(shaped.body));
        break;
      case PointShape::kNounPhrase:
        if (things.empty()) things_at = slots.size(), slots.emplace_back();
        things.push_back(LowerLead(shaped.body));
        break;
      case PointShape::kDoes:
        if (does.empty()) does_at = slots.size(), slots.emplace_back();
        does.push_back(LowerLead(shaped.body));
        break;
      case PointShape::kAdjective:
        if (traits.empty()) traits_at = slots.size(), slots.emplace_back();
        traits.push_back(Lower(shaped.body));
        break;
    }
  }
  if (!actions.empty()) {
    actions.resize(std::min<std::size_t>(actions.size(), 3));
    slots[actions_at] = "With " + std::string(name) + " you can " + JoinList(actions) + ".";
  }
  if (!things.empty()) {
    things.resize(std::min<std::size_t>(things.size(), 4));
    slots[things_at] = "Its feature list includes " + JoinList(things) + ".";
  }
  if (!does.empty()) {
    does.resize(std::min<std::size_t>(does.size(), 4));
    slots[does_at] = "It " + JoinList(does) + ".";
  }
  if (!traits.empty()) {
    traits.resize(std::min<std::size_t>(traits.size(), 3));
    slots[traits_at] = "It is " + JoinList(traits) + ".";
  }
  for (std::string& s : slots) {
    if (!s.empty()) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace repopost::generate
