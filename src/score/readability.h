// Readability: sentence length and Flesch reading ease of a post.
//   Flesch = 206.835 - 1.015 * words/sentences - 84.6 * syllables/words
// (higher is easier; 60-70 is plain English, below 30 is academic). Syllables come from
// CountSyllables, an estimate, so the score is good to a few points.
#pragma once

#include <cstddef>
#include <string_view>

#include "score/post_anatomy.h"

namespace repopost::score {

struct Readability {
  std::size_t sentences = 0;
  std::size_t words = 0;
  std::size_t syllables = 0;
  double words_per_sentence = 0;
  double flesch_reading_ease = 0;  // 0 when there are no words

  // "very easy", "easy", "plain", "fairly hard", "hard", "very hard".
  std::string_view Label() const;

  static Readability Of(const PostAnatomy& anatomy);
};

}  // namespace repopost::score
