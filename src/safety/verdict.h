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

// Why the checker reached a verdict: exactly one per sentence, stable names for tools
// (ToString) and plain words for people (Describe).
enum class Reason {
  kFound,             // every part of the sentence was found in the repository
  kNumberNotFound,    // a number the repository does not state
  kDroppedQualifier,  // a number stated without the repository's "up to", "about", ...
  kNameNotFound,      // a name (tool, company, person) the repository never mentions
  kUnstatedCue,       // a superlative, adoption, outcome or first-person phrase it doesn't state
  kThirdParty,        // an endorsement or adoption only a third party could vouch for
  kNegation,          // the repository says the opposite
  kWrongLanguage,     // "written in X" where X is not the repository's language
  kNotSaid,           // too few of the sentence's words are in any passage of the repository
  kProfile,           // contradicts the project profile (platform, release, install line)
  kOpinion,           // an evaluation with nothing checkable: reported, never repaired
  kQuestion,
  kCallToAction,
  kAboutReader,  // about the reader, not the project
  kHashtags,
  kFraming,  // a lead-in, transition or presentation of the project
};

std::string_view ToString(Reason reason);
std::optional<Reason> ParseReason(std::string_view text);
// The reason in words a user understands: "a number the repository does not state".
std::string_view Describe(Reason reason);

}  // namespace repopost::safety
