// ClaimChecker: checks every statement of a post against one repository and repairs the post.
//
//   auto checker = safety::ClaimChecker::Create(sheet, safety::CheckerOptions{});
//   if (!checker) return checker.error();
//   safety::SafetyReport report = checker->Check(post_text);
//   safety::RepairResult fixed = checker->Repair(post_text);  // fixed.text, fixed.after
//
// Create builds (or takes) the repository's RepoIndex and analyses its text once (numbers,
// phrases, stemmed sentences); Check is then a few hundred microseconds per claim.
// Thread-safety: immutable after Create; Check and Repair are const and may run concurrently.
// Copies share the analysed state.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/fact_sheet.h"
#include "core/result.h"
#include "index/repo_index.h"
#include "profile/project_profile.h"
#include "safety/checker_options.h"
#include "safety/claim_extractor.h"
#include "safety/safety_report.h"

namespace repopost::safety {

struct RepairResult {
  std::string text;     // the repaired post
  SafetyReport before;  // the report on the original post
  SafetyReport after;   // the report on `text`; after.corrections lists every change
};

class ClaimChecker {
 public:
  // Errors: kUsage for invalid options; the index's error when building it fails.
  static core::Result<ClaimChecker> Create(const core::FactSheet& sheet,
                                           CheckerOptions options = {});
  // Uses an index already built for `sheet` (the generate pipeline builds one anyway).
  static core::Result<ClaimChecker> Create(const core::FactSheet& sheet,
                                           std::shared_ptr<const index::RepoIndex> index,
                                           CheckerOptions options = {});
  // With the project profile: claims about platforms, releases, install lines and caveats are
  // also checked against its structured fields (safety/profile_claim_rules.h).
  static core::Result<ClaimChecker> Create(const core::FactSheet& sheet,
                                           std::shared_ptr<const index::RepoIndex> index,
                                           CheckerOptions options,
                                           std::shared_ptr<const profile::ProjectProfile> profile);

  // Any UTF-8 text (invalid bytes are replaced first; spans then refer to the sanitized text).
  SafetyReport Check(std::string_view post) const;
  // Removes or softens unsupported sentences (hook and call to action kept, dropped qualifiers
  // restored, secrets and personal data removed), then checks the result again.
  RepairResult Repair(std::string_view post) const;

  const CheckerOptions& options() const;
  const ClaimExtractor& extractor() const;

  struct State;

 private:
  explicit ClaimChecker(std::shared_ptr<const State> state) : state_(std::move(state)) {}
  std::shared_ptr<const State> state_;
};

}  // namespace repopost::safety
