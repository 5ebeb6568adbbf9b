// SafetyReport: what the claim checker found in one post — every segment with its verdict and
// evidence, every policy hit, a confidence, whether the post is safe to publish, and (after
// Repair) the corrections made.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "safety/claim.h"
#include "safety/evidence.h"
#include "safety/policy_hit.h"
#include "safety/verdict.h"

namespace repopost::safety {

// One atomic part of a claim and whether the repository supports it.
struct CheckedPart {
  std::string kind;  // "number", "name", "superlative", "adoption", ..., "content"
  std::string text;  // as written in the claim ("13GB", "Hugo", "trusted by"); for content, the
                     // share of its words found ("75% of the content words")
  bool found = false;
};

struct ClaimResult {
  std::size_t index = 0;  // segment position in the post
  std::size_t begin = 0;  // byte span of the segment text in the post
  std::size_t end = 0;
  std::string text;
  ClaimRole role = ClaimRole::kClaim;
  Verdict verdict = Verdict::kNotAClaim;
  Reason reason = Reason::kFraming;  // why: one per sentence (Describe(reason) for people)
  double confidence = 1.0;           // how sure the checker is of `verdict`, 0.5 (a coin) to 1.0
  double coverage = 0.0;             // share of content words found in the best evidence window
  double weight = 1.0;               // share of the confidence this claim carries
  bool judged = false;               // an injected ClaimJudge decided the verdict
  std::string rationale;             // one line: why this verdict
  std::vector<std::string> unsupported_parts;  // "number 45k", "name Netflix", "adoption ..."
  std::vector<Evidence> evidence;
  std::vector<CheckedPart> parts;  // every number, name, cue and the content, as checked
  // The LLM judge's verdict beside the lexical one (ClaimJudge), when it was asked.
  std::optional<Verdict> judge_verdict;
  std::string judge_reason;
  // Numbers the evidence qualifies and the claim states bare: {surface in the claim, qualifier}.
  std::vector<std::pair<std::string, std::string>> dropped_qualifiers;
};

struct Correction {
  std::string original;   // the segment as it was
  std::string rewritten;  // "" when the segment was removed
  std::string reason;     // one line
};

struct SafetyReport {
  std::vector<ClaimResult> claims;  // every segment, in post order (not-a-claim included)
  std::vector<PolicyHit> policy_hits;
  double confidence = 1.0;  // weighted share of supported claims, 1.0 when there are none
  bool is_safe = true;
  std::vector<std::string> reasons;     // why not safe; empty when safe
  std::vector<Correction> corrections;  // filled by Repair, empty after Check

  std::size_t CountVerdict(Verdict verdict) const;
};

}  // namespace repopost::safety
