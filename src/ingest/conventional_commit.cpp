#include "ingest/conventional_commit.h"

#include <array>
#include <cctype>

namespace repopost::ingest {

std::string ConventionalCommitType(std::string_view subject) {
  static constexpr std::array<std::string_view, 11> kTypes = {
      "feat", "fix", "docs", "style", "refactor", "perf", "test", "build", "ci", "chore", "revert"};
  std::size_t i = 0;
  while (i < subject.size() && std::isalpha(static_cast<unsigned char>(subject[i]))) ++i;
  std::string type(subject.substr(0, i));
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (i < subject.size() && subject[i] == '(') {
    const std::size_t close = subject.find(')', i);
    if (close == std::string_view::npos) return "";
    i = close + 1;
  }
  if (i < subject.size() && subject[i] == '!') ++i;
  if (i + 1 >= subject.size() || subject[i] != ':' || subject[i + 1] != ' ') return "";
  for (std::string_view known : kTypes) {
    if (type == known) return type;
  }
  return "";
}

}  // namespace repopost::ingest
