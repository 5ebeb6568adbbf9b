// Verdict: what the claim checker concluded about one sentence of a post.
#pragma once

#include <optional>
#include <string_view>

namespace repopost::safety {

enum class Verdict {
  kSupported,     // every atomic part was found in the repository's text or facts
  kUnsupported,   // some part (a number, a name, a superlative, an adoption claim) was not found
  kContradicted,  // the evidence says the opposite (negation flip, a different number)
  kNotAClaim,     // a question, a call to action, an opinion about the reader, hashtags
};

std::string_view ToString(Verdict verdict);
std::optional<Verdict> ParseVerdict(std::string_view text);

}  // namespace repopost::safety
