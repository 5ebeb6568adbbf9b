#include "score/concrete_facts.h"

#include <array>
#include <cctype>
#include <set>
#include <string>
#include <string_view>

namespace repopost::score {
namespace {

// Capitalised function words that are not proper nouns even mid-sentence (after a colon, in
// titles). Kept short on purpose: a false proper noun costs little.
constexpr std::array<std::string_view, 12> kNotProper = {"I", "I'm", "I've", "I'd", "I'll", "The",
                                                         "A", "An",  "And",  "But", "Or",   "It"};

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }

std::string_view StripEdges(std::string_view t) {
  auto edge = [](char c) {
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' || c == '\'' ||
           c == '(' || c == ')' || c == '[' || c == ']' || c == '.' || c == '*';
  };
  while (!t.empty() && edge(t.front())) t.remove_prefix(1);
  while (!t.empty() && edge(t.back())) t.remove_suffix(1);
  return t;
}

bool IsVersion(std::string_view t) {
  std::string_view s = t;
  bool v_prefix = !s.empty() && (s[0] == 'v' || s[0] == 'V') && s.size() > 1 && IsDigit(s[1]);
  if (v_prefix) s.remove_prefix(1);
  std::size_t dots = 0;
  for (char c : s) {
    if (c == '.')
      ++dots;
    else if (!IsDigit(c) && c != '-' && !std::isalpha(static_cast<unsigned char>(c)))
      return false;
  }
  return !s.empty() && IsDigit(s[0]) &&
         (dots >= 2 || (v_prefix && dots >= 1) ||
          (v_prefix && s.find_first_not_of("0123456789") == std::string_view::npos));
}

bool HasDigit(std::string_view t) {
  for (char c : t) {
    if (IsDigit(c)) return true;
  }
  return false;
}

bool IsIdentifier(std::string_view raw) {
  if (raw.starts_with('`')) return true;
  std::string_view t = StripEdges(raw);
  if (t.size() < 3) return false;
  if (t.find("::") != std::string_view::npos || t.ends_with("()") || raw.ends_with("()"))
    return true;
  bool interior_underscore = false, camel = false, dotted = false, slash = false;
  for (std::size_t i = 1; i + 1 < t.size(); ++i) {
    if (t[i] == '_') interior_underscore = true;
    if (t[i] == '.' && std::isalpha(static_cast<unsigned char>(t[i - 1])) &&
        std::isalpha(static_cast<unsigned char>(t[i + 1])))
      dotted = true;
    if (t[i] == '/' && std::isalnum(static_cast<unsigned char>(t[i + 1]))) slash = true;
  }
  for (std::size_t i = 1; i < t.size(); ++i) {
    if (IsLower(t[i - 1]) && IsUpper(t[i])) camel = true;
  }
  return interior_underscore || camel || dotted || slash;
}

bool IsProperNoun(std::string_view t) {
  if (t.size() < 2 || !IsUpper(t[0])) return false;
  for (std::string_view w : kNotProper) {
    if (t == w) return false;
  }
  return true;
}

std::vector<std::string_view> Tokens(std::string_view s) {
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

}  // namespace

ConcreteFacts ConcreteFacts::In(const PostAnatomy& anatomy) {
  std::set<std::string> numbers, versions, identifiers, proper;
  for (const std::string& sentence : anatomy.sentences) {
    bool sentence_start = true;  // bullet markers and emoji before the first word do not count
    for (std::string_view raw : Tokens(sentence)) {
      bool at_start = sentence_start;
      for (char c : raw) {
        if (std::isalnum(static_cast<unsigned char>(c))) sentence_start = false;
      }
      if (raw.starts_with('#') || raw.starts_with('@') || raw.starts_with("http") ||
          raw.starts_with("www."))
        continue;
      std::string_view t = StripEdges(raw);
      if (t.empty()) continue;
      if (IsVersion(t)) {
        versions.emplace(t);
      } else if (IsIdentifier(raw)) {
        identifiers.emplace(t);
      } else if (HasDigit(t)) {
        numbers.emplace(t);
      } else if (!at_start && IsProperNoun(t)) {
        proper.emplace(t);
      }
    }
  }
  return ConcreteFacts{numbers.size(), versions.size(), identifiers.size(), proper.size()};
}

}  // namespace repopost::score
