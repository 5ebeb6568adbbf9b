// ProfileClaimRules: checks of a claim against the project profile's structured fields, after
// the lexical check. Words found in the repository are not enough: a platform must be one the
// profile supports (a negated one it supports is contradicted, one it excludes is
// contradicted), a version presented as the latest must be the profile's release, an install
// command must install the product as the profile's install lines do, and a sentence taken from
// a "why not"/limitations section cannot be presented as a feature.
//
//   ProfileClaimRules rules(profile);
//   rules.Apply(claim, result);  // may lower result.verdict and sets its rationale and evidence
//
// Immutable; thread-safe. A null or empty profile (a text source) applies no rule.
#pragma once

#include <memory>

#include "profile/project_profile.h"
#include "safety/claim.h"
#include "safety/evidence_store.h"
#include "safety/safety_report.h"

namespace repopost::safety {

class ProfileClaimRules {
 public:
  // `store` (optional, must outlive the rules): an install command the repository states word
  // for word ("brew install bat" in the README) is accepted even when the profile chose another.
  explicit ProfileClaimRules(std::shared_ptr<const profile::ProjectProfile> profile,
                             const EvidenceStore* store = nullptr)
      : profile_(std::move(profile)), store_(store) {}

  void Apply(const Claim& claim, ClaimResult& result) const;

 private:
  bool CheckPlatforms(const Claim& claim, ClaimResult& result) const;
  bool CheckRelease(const Claim& claim, ClaimResult& result) const;
  bool CheckInstall(const Claim& claim, ClaimResult& result) const;
  bool CheckCaveat(const Claim& claim, ClaimResult& result) const;

  std::shared_ptr<const profile::ProjectProfile> profile_;
  const EvidenceStore* store_;
};

}  // namespace repopost::safety
