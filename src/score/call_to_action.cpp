#include "score/call_to_action.h"

#include <array>
#include <cctype>
#include <string_view>

namespace repopost::score {
namespace {

// Matched at a word start in the lower-cased closing lines.
constexpr std::array<std::string_view, 24> kPhrases = {
    "try it",    "try ",         "star ",     "clone ",         "install ",  "check out",
    "check it out", "give it a", "tell me",   "let me know",    "share ",    "comment",
    "what would you", "follow ", "read more", "link in",        "download",  "join ",
    "contribute", "open an issue", "feedback", "your thoughts", "learn more", "sign up"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool HasWord(std::string_view paragraph) {
  for (char c : paragraph) {
    if (std::isalpha(static_cast<unsigned char>(c))) return true;
  }
  return false;
}

bool OnlyHashtags(std::string_view paragraph) {
  bool word_start = true;
  for (char c : paragraph) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      word_start = true;
      continue;
    }
    if (word_start && c != '#') return false;
    word_start = false;
  }
  return true;
}

}  // namespace

std::optional<CallToAction> FindCallToAction(const PostAnatomy& anatomy) {
  std::string closing;
  int taken = 0;
  for (auto it = anatomy.paragraphs.rbegin(); it != anatomy.paragraphs.rend() && taken < 2; ++it) {
    if (!HasWord(*it) || OnlyHashtags(*it)) continue;
    closing = Lower(*it) + "\n" + closing;
    ++taken;
  }
  if (closing.empty()) return std::nullopt;
  for (char& c : closing) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '?' && c != '\'' &&
        static_cast<unsigned char>(c) < 0x80)
      c = ' ';
  }
  closing = " " + closing;
  CallToAction cta;
  cta.is_question = closing.find('?') != std::string::npos;
  for (std::string_view phrase : kPhrases) {
    if (closing.find(" " + std::string(phrase)) != std::string::npos) {
      std::string_view trimmed = phrase.substr(0, phrase.find_last_not_of(' ') + 1);
      cta.phrase = std::string(trimmed);
      break;
    }
  }
  if (!cta.is_question && cta.phrase.empty()) return std::nullopt;
  return cta;
}

}  // namespace repopost::score
