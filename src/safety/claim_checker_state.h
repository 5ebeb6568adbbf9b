// ClaimChecker::State: the analysed repository shared by copies of a ClaimChecker. Internal to
// the safety stage (claim_checker.cpp, claim_rewriter.cpp).
#pragma once

#include <memory>
#include <optional>

#include "safety/claim_checker.h"
#include "safety/evidence_store.h"
#include "safety/policy_scanner.h"
#include "safety/profile_claim_rules.h"
#include "safety/support_checker.h"

namespace repopost::safety {

struct ClaimChecker::State {
  CheckerOptions options;
  std::shared_ptr<const core::FactSheet> sheet;
  std::shared_ptr<const index::RepoIndex> index;
  std::optional<ClaimExtractor> extractor;
  std::optional<PolicyScanner> policy;
  std::unique_ptr<EvidenceStore> store;
  std::unique_ptr<SupportChecker> support;
  std::optional<ProfileClaimRules> profile_rules;  // set when created with a profile
};

}  // namespace repopost::safety
