// CountSyllables: an English syllable estimate for Flesch reading ease. A heuristic (vowel groups,
// silent final "e", "-le" endings), accurate to about one syllable on common words; non-ASCII
// letters count as vowels-free consonants, digits-only tokens count one syllable per digit group.
#pragma once

#include <cstddef>
#include <string_view>

namespace repopost::score {

// At least 1 for any token containing a letter or digit; 0 for an empty or letterless token.
std::size_t CountSyllables(std::string_view word);

}  // namespace repopost::score
