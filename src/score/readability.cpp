#include "score/readability.h"

namespace repopost::score {

std::string_view Readability::Label() const {
  const double f = flesch_reading_ease;
  if (f >= 80) return "very easy";
  if (f >= 70) return "easy";
  if (f >= 60) return "plain";
  if (f >= 50) return "fairly hard";
  if (f >= 30) return "hard";
  return "very hard";
}

Readability Readability::Of(const PostAnatomy& anatomy) {
  Readability r;
  r.sentences = anatomy.sentences.size();
  r.words = anatomy.words.size();
  r.syllables = anatomy.syllables;
  if (r.sentences == 0 || r.words == 0) return r;
  r.words_per_sentence = static_cast<double>(r.words) / static_cast<double>(r.sentences);
  const double syllables_per_word = static_cast<double>(r.syllables) / static_cast<double>(r.words);
  r.flesch_reading_ease = 206.835 - 1.015 * r.words_per_sentence - 84.6 * syllables_per_word;
  return r;
}

}  // namespace repopost::score
