// PolicyScanner: RE2 policy rules over a post — misleading growth or earnings promises,
// unverifiable endorsements, false affiliation, personal data, secrets (gitleaks-style token
// shapes plus high-entropy assignments) and profanity. The rules are a data table in
// policy_scanner.cpp; each has an id, a category, a severity and (for generic secrets) a minimum
// Shannon entropy of the captured value.
//
//   auto scanner = safety::PolicyScanner::Create();
//   for (const safety::PolicyHit& hit : scanner->Scan(post)) { hit.rule_id; hit.begin; }
//
// Ordinary sentences ("It was the only way forward", "100% of tests pass") match nothing.
// Thread-safe after construction.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "safety/policy_hit.h"

namespace re2 {
class RE2;
}

namespace repopost::safety {

class PolicyScanner {
 public:
  static core::Result<PolicyScanner> Create();

  std::vector<PolicyHit> Scan(std::string_view text) const;

  // Bits per character of `s` (Shannon entropy over its bytes).
  static double Entropy(std::string_view s);

 private:
  struct CompiledRule {
    const void* rule;  // the table row (policy_scanner.cpp)
    std::shared_ptr<const re2::RE2> regex;
  };
  std::vector<CompiledRule> rules_;
};

}  // namespace repopost::safety
