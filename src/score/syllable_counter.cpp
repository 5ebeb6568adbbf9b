#include "score/syllable_counter.h"

#include <cctype>
#include <string>

namespace repopost::score {
namespace {

bool IsVowel(char c) {
  switch (c) {
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
      return true;
    default:
      return false;
  }
}

}  // namespace

std::size_t CountSyllables(std::string_view word) {
  std::string w;
  bool has_alnum = false;
  for (char c : word) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalpha(u)) {
      w += static_cast<char>(std::tolower(u));
      has_alnum = true;
    } else if (std::isdigit(u) || u >= 0x80) {
      has_alnum = true;
    }
  }
  if (!has_alnum) return 0;
  if (w.empty()) return 1;  // numbers, non-Latin words: one unit, no better estimate
  if (w.size() <= 3) return 1;

  std::size_t groups = 0;
  bool in_vowel = false;
  for (char c : w) {
    bool vowel = IsVowel(c);
    if (vowel && !in_vowel) ++groups;
    in_vowel = vowel;
  }
  const std::size_t n = w.size();
  // Silent final "e" ("make"), but not "-le" after a consonant ("table") nor "ee"/"ie".
  if (w[n - 1] == 'e' && !IsVowel(w[n - 2])) {
    bool consonant_le = w[n - 2] == 'l' && n >= 3 && !IsVowel(w[n - 3]);
    if (!consonant_le && groups > 1) --groups;
  }
  // "-es"/"-ed" endings usually do not add a syllable ("makes", "used") unless after t/d/s.
  if (n >= 3 && (w.compare(n - 2, 2, "es") == 0 || w.compare(n - 2, 2, "ed") == 0) &&
      !IsVowel(w[n - 3]) && groups > 1) {
    char before = w[n - 3];
    bool voiced = (w[n - 1] == 'd') ? (before == 't' || before == 'd')
                                    : (before == 's' || before == 'x' || before == 'z' ||
                                       before == 'c' || before == 'g' || before == 'h');
    if (!voiced) --groups;
  }
  return groups == 0 ? 1 : groups;
}

}  // namespace repopost::score
