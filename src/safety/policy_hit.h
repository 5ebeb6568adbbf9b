// PolicyHit: one match of a policy rule (secrets, personal data, false affiliation, ...) in a post.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace repopost::safety {

enum class PolicyCategory {
  kGrowthPromise,     // "guaranteed 10x growth", "make $10k a month"
  kEndorsement,       // "endorsed by Elon Musk", "recommended by Google engineers"
  kFalseAffiliation,  // "official Google project", "a Microsoft product"
  kPersonalData,      // email addresses, phone numbers
  kSecret,            // API keys, tokens, private keys, high-entropy assignments
  kProfanity,
  kPromptInjection,  // repository text that tries to instruct the model (injection_scanner.h)
};

std::string_view ToString(PolicyCategory category);
std::optional<PolicyCategory> ParsePolicyCategory(std::string_view text);

enum class Severity { kWarning, kBlock };
std::string_view ToString(Severity severity);
std::optional<Severity> ParseSeverity(std::string_view text);

struct PolicyHit {
  std::string rule_id;  // "secret.aws-access-key"
  PolicyCategory category = PolicyCategory::kSecret;
  Severity severity = Severity::kBlock;
  std::size_t begin = 0;  // byte span in the scanned text
  std::size_t end = 0;
  std::string excerpt;  // the matched text; secrets are masked ("AKIA****")
  std::string message;  // one line for the user
};

}  // namespace repopost::safety
