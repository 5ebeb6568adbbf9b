// PolicyScanner: RE2 policy rules over a post — misleading growth or earnings promises,
// unverifiable endorsements, false affiliation, personal data, secrets and profanity. The rules
// are a data table in policy_scanner.cpp, each with an id, a category and a severity; secrets
// come from the text stage's SecretScanner (the same table ingest redacts with), always kBlock.
//
//   auto scanner = safety::PolicyScanner::Create();
//   for (const safety::PolicyHit& hit : scanner->Scan(post)) { hit.rule_id; hit.begin; }
//
// Ordinary sentences ("It was the only way forward", "100% of tests pass") match nothing.
// Thread-safe after construction.
#pragma once

#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "safety/policy_hit.h"
#include "text/secret_scanner.h"

namespace re2 {
class RE2;
}

namespace repopost::safety {

class PolicyScanner {
 public:
  static core::Result<PolicyScanner> Create();

  std::vector<PolicyHit> Scan(std::string_view text) const;

 private:
  explicit PolicyScanner(text::SecretScanner secrets) : secrets_(std::move(secrets)) {}

  struct CompiledRule {
    const void* rule;  // the table row (policy_scanner.cpp)
    std::shared_ptr<const re2::RE2> regex;
  };
  std::vector<CompiledRule> rules_;
  text::SecretScanner secrets_;
};

}  // namespace repopost::safety
