// Presupposition: "Why is X ...?" and "How come X ...?" take "X ..." for granted;
// a question about the reader ("Why do you ...?") or with a modal ("Why would anyone ...?")
// takes nothing for granted about the project.
#include "safety/claim_presupposition.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace repopost::safety {
namespace {

// Question words whose answer explains a fact the question states. Not "how": "How does it
// compare to grep?" takes nothing for granted.
constexpr std::string_view kOpenings[] = {"why ", "how come "};
// Auxiliaries that state (not modals: "would", "should", "could", "might", "will").
constexpr std::string_view kAuxiliaries[] = {"is", "are", "was", "were", "does",
                                             "do", "did", "has", "have", "can"};
// Subjects that make the question about the reader or people in general.
constexpr std::string_view kReaderSubjects[] = {"you",    "your",       "we",      "i",
                                                "anyone", "anybody",    "someone", "people",
                                                "one",    "developers", "everyone"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The next space-separated word of `lower` from `at`, and where the word after it starts.
std::string_view NextWord(std::string_view lower, std::size_t& at) {
  const std::size_t end = std::min(lower.find(' ', at), lower.size());
  const std::string_view word = lower.substr(at, end - at);
  at = end < lower.size() ? end + 1 : end;
  return word;
}

}  // namespace

std::optional<std::string> Presupposition(std::string_view question) {
  std::string_view text = question;
  while (!text.empty() && (text.back() == ' ' || text.back() == '?')) text.remove_suffix(1);
  const std::string lower = Lower(text);
  std::size_t at = std::string::npos;
  for (std::string_view opening : kOpenings) {
    if (lower.starts_with(opening)) {
      at = opening.size();
      break;
    }
  }
  if (at == std::string::npos) return std::nullopt;
  // "Why is X ..." puts an auxiliary first; "How come X is ..." keeps the statement's order.
  if (!lower.starts_with("how come ")) {
    const std::string_view auxiliary = NextWord(lower, at);
    if (std::find(std::begin(kAuxiliaries), std::end(kAuxiliaries), auxiliary) ==
        std::end(kAuxiliaries)) {
      return std::nullopt;
    }
  }
  std::size_t after_subject = at;
  const std::string_view subject = NextWord(lower, after_subject);
  if (subject.empty() || std::find(std::begin(kReaderSubjects), std::end(kReaderSubjects),
                                   subject) != std::end(kReaderSubjects)) {
    return std::nullopt;
  }
  return std::string(text.substr(at)) + ".";
}

}  // namespace repopost::safety
