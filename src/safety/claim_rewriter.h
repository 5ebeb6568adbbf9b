// ClaimRewriter: the deterministic repair step. Given a post and its report, it
// - restores a qualifier the evidence has ("up to 2x") instead of dropping the number,
// - softens an unsupported sentence (drops superlatives and the clauses that hold the
//   unsupported number, name or adoption/outcome phrase) when what remains is supported,
// - otherwise removes the sentence; the hook is replaced by the project's description fact
//   rather than removed; calls to action, questions and hashtags are never touched,
// - redacts secrets and removes personal data and profanity.
// Every change is a Correction. Holds references; thread-safe (const).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fact_sheet.h"
#include "safety/claim_extractor.h"
#include "safety/safety_report.h"
#include "safety/support_checker.h"

namespace repopost::safety {

class ClaimRewriter {
 public:
  ClaimRewriter(const ClaimExtractor& extractor, const SupportChecker& support,
                const core::FactSheet& sheet)
      : extractor_(extractor), support_(support), sheet_(sheet) {}

  struct Output {
    std::string text;
    std::vector<Correction> corrections;
  };

  // REQUIRES: `report` is the report of `post` (its spans index into `post`).
  Output Rewrite(std::string_view post, const SafetyReport& report) const;

 private:
  // A supported rewrite of a bad claim, or nullopt when none is found.
  std::optional<std::string> Soften(const ClaimResult& claim, std::string_view text) const;
  // True when every claim in `sentence` is supported (or not a claim).
  bool IsSupported(std::string_view sentence) const;
  std::string HookFromFacts() const;

  const ClaimExtractor& extractor_;
  const SupportChecker& support_;
  const core::FactSheet& sheet_;
};

}  // namespace repopost::safety
