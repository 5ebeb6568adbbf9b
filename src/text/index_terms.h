// IndexTerms: the terms retrieval indexes and queries with. One function, so the index and the
// query side (and the claim checker's content-word coverage) analyse text identically.
//
//   IndexTerms("Supports camelCase parsing in v1.2.3")
//     == {"support", "camelcas", "camel", "case", "pars", "v1.2.3"}
//
// Tokenize(), then: stop words and one-letter words dropped; words and identifier parts stemmed
// (English Snowball), whole identifiers too ("camelcas"); numbers, versions, URLs kept whole.
// Thread-safe (a thread-local stemmer).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace repopost::text {

std::vector<std::string> IndexTerms(std::string_view text);

}  // namespace repopost::text
