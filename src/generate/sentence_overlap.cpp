#include "generate/sentence_overlap.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace repopost::generate {

std::vector<std::string> OverlapWords(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (unsigned char c : text) {
    if (std::isalnum(c) != 0 || c >= 0x80) {
      current += static_cast<char>(std::tolower(c));
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

namespace {
std::set<std::string> WordSet(std::string_view text) {
  std::vector<std::string> words = OverlapWords(text);
  return {words.begin(), words.end()};
}

std::size_t Common(const std::set<std::string>& a, const std::set<std::string>& b) {
  return static_cast<std::size_t>(std::count_if(
      a.begin(), a.end(), [&](const std::string& word) { return b.count(word) > 0; }));
}
}  // namespace

double WordJaccard(std::string_view a, std::string_view b) {
  const std::set<std::string> wa = WordSet(a);
  const std::set<std::string> wb = WordSet(b);
  const std::size_t common = Common(wa, wb);
  const std::size_t all = wa.size() + wb.size() - common;
  return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

bool NearDuplicate(std::string_view a, std::string_view b) {
  const std::set<std::string> wa = WordSet(a);
  const std::set<std::string> wb = WordSet(b);
  if (wa.empty() || wb.empty()) return false;
  const std::size_t common = Common(wa, wb);
  const std::size_t all = wa.size() + wb.size() - common;
  if (static_cast<double>(common) / static_cast<double>(all) >= 0.75) return true;
  const std::size_t smaller = std::min(wa.size(), wb.size());
  return smaller >= 3 && static_cast<double>(common) / static_cast<double>(smaller) >= 0.9;
}

}  // namespace repopost::generate
