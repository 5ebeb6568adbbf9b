// ConcreteFacts: the specifics a reader can check, counted in a post: numbers, versions, code
// identifiers (snake_case, camelCase, a::b, f(), `code`, file.ext, paths) and proper nouns
// (capitalised words that do not start a sentence). Each distinct token counts once.
#pragma once

#include <cstddef>

#include "score/post_anatomy.h"

namespace repopost::score {

struct ConcreteFacts {
  std::size_t numbers = 0;
  std::size_t versions = 0;
  std::size_t identifiers = 0;
  std::size_t proper_nouns = 0;

  std::size_t Total() const { return numbers + versions + identifiers + proper_nouns; }

  static ConcreteFacts In(const PostAnatomy& anatomy);
};

}  // namespace repopost::score
