#include "score/call_to_action.h"

#include <array>
#include <cctype>
#include <string_view>

namespace repopost::score {
namespace {

// Matched at a word start in the lower-cased closing lines.
constexpr std::array<std::string_view, 24> kPhrases = {
    "try it",         "try ",          "star ",     "clone ",        "install ",   "check out",
    "check it out",   "give it a",     "tell me",   "let me know",   "share ",     "comment",
    "what would you", "follow ",       "read more", "link in",       "download",   "join ",
    "contribute",     "open an issue", "feedback",  "your thoughts", "learn more", "sign up"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::optional<CallToAction> FindCallToAction(const PostAnatomy& anatomy) {
  // The closing lines: the last two sentences (hashtag-only lines are not sentences).
  std::string closing;
  const auto& sentences = anatomy.sentences;
  for (std::size_t i = sentences.size() >= 2 ? sentences.size() - 2 : 0; i < sentences.size();
       ++i) {
    closing += Lower(sentences[i]) + "\n";
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
