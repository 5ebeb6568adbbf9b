// English stop words (the Snowball English list, lower-case, with contractions as the tokenizer
// splits them: "don't" -> "don", "t"): words too common to help retrieval.
// Negations ("not", "no", "nor") are in the list: retrieval ignores them; the claim checker looks
// for them separately.
#pragma once

#include <string_view>

namespace repopost::text {

// True when the lower-cased `word` is an English stop word. Thread-safe.
bool IsStopWord(std::string_view word);

}  // namespace repopost::text
