#include "safety/claim_checker.h"

#include <algorithm>

#include "safety/claim_checker_state.h"
#include "safety/claim_presupposition.h"
#include "safety/claim_rewriter.h"
#include "text/entity_extractor.h"
#include "text/utf8.h"

namespace repopost::safety {
namespace {

// A policy hit about affiliation or endorsement is void when the repository says it itself.
bool StatedByRepository(const PolicyHit& hit, const EvidenceStore& store) {
  if (hit.category != PolicyCategory::kFalseAffiliation &&
      hit.category != PolicyCategory::kEndorsement) {
    return false;
  }
  return store.HasPhrase(text::EntityExtractor::Normalize(hit.excerpt));
}

// A question is judged on what it takes for granted ("Why is X 10x faster?"), when that is a
// claim; the result keeps the question's place and text.
ClaimResult JudgeWithPresupposition(const ClaimChecker::State& state, const Claim& claim) {
  if (claim.role != ClaimRole::kQuestion) return state.support->Judge(claim);
  const std::optional<std::string> presupposed = Presupposition(claim.text());
  if (!presupposed) return state.support->Judge(claim);
  const std::vector<Claim> parts = state.extractor->Extract(*presupposed);
  if (parts.size() != 1 || parts.front().role != ClaimRole::kClaim) {
    return state.support->Judge(claim);
  }
  ClaimResult result = state.support->Judge(parts.front());
  result.index = claim.index;
  result.begin = claim.segment.begin;
  result.end = claim.segment.end;
  result.text = claim.text();
  result.rationale = "the question takes for granted \"" + *presupposed + "\": " + result.rationale;
  return result;
}

void Decide(SafetyReport& report, const CheckerOptions& options) {
  double total = 0;
  double supported = 0;
  for (const ClaimResult& c : report.claims) {
    if (c.verdict == Verdict::kNotAClaim) continue;
    total += c.weight;
    if (c.verdict == Verdict::kSupported) supported += c.weight;
  }
  report.confidence = total > 0 ? supported / total : 1.0;
  const SafetyThresholds& t = options.thresholds;
  const std::size_t contradicted = report.CountVerdict(Verdict::kContradicted);
  const std::size_t unsupported = report.CountVerdict(Verdict::kUnsupported);
  if (contradicted > t.max_contradicted) {
    report.reasons.push_back(std::to_string(contradicted) +
                             " claim(s) contradicted by the repository");
  }
  if (unsupported > t.max_unsupported) {
    report.reasons.push_back(std::to_string(unsupported) +
                             " claim(s) not supported by the repository");
  }
  if (report.confidence < t.min_confidence) {
    report.reasons.push_back("confidence " + std::to_string(report.confidence).substr(0, 4) +
                             " below " + std::to_string(t.min_confidence).substr(0, 4));
  }
  for (const PolicyHit& hit : report.policy_hits) {
    if (hit.severity == Severity::kBlock || t.block_on_policy_warning) {
      report.reasons.push_back("policy " + hit.rule_id + ": " + hit.message);
    }
  }
  report.is_safe = report.reasons.empty();
}

}  // namespace

core::Result<ClaimChecker> ClaimChecker::Create(const core::FactSheet& sheet,
                                                CheckerOptions options) {
  if (auto valid = options.Validate(); !valid) return tl::unexpected(valid.error());
  auto index = index::RepoIndex::Build(sheet, options.index);
  if (!index) return tl::unexpected(index.error());
  return Create(sheet, std::make_shared<const index::RepoIndex>(std::move(*index)),
                std::move(options));
}

core::Result<ClaimChecker> ClaimChecker::Create(const core::FactSheet& sheet,
                                                std::shared_ptr<const index::RepoIndex> index,
                                                CheckerOptions options) {
  return Create(sheet, std::move(index), std::move(options), nullptr);
}

core::Result<ClaimChecker> ClaimChecker::Create(
    const core::FactSheet& sheet, std::shared_ptr<const index::RepoIndex> index,
    CheckerOptions options, std::shared_ptr<const profile::ProjectProfile> profile) {
  if (auto valid = options.Validate(); !valid) return tl::unexpected(valid.error());
  if (!index) return core::Fail(core::ErrorCode::kInternal, "claim checker needs an index");
  auto extractor = ClaimExtractor::Create();
  if (!extractor) return tl::unexpected(extractor.error());
  auto policy = PolicyScanner::Create();
  if (!policy) return tl::unexpected(policy.error());
  auto state = std::make_shared<State>();
  state->options = std::move(options);
  state->sheet = std::make_shared<const core::FactSheet>(sheet);
  state->index = std::move(index);
  state->extractor.emplace(std::move(*extractor));
  state->policy.emplace(std::move(*policy));
  state->store = std::make_unique<EvidenceStore>(*state->sheet, *state->index);
  state->support = std::make_unique<SupportChecker>(*state->store, *state->index, state->options);
  if (profile) state->profile_rules.emplace(std::move(profile), state->store.get());
  return ClaimChecker(std::move(state));
}

const CheckerOptions& ClaimChecker::options() const { return state_->options; }
const ClaimExtractor& ClaimChecker::extractor() const { return *state_->extractor; }

SafetyReport ClaimChecker::Check(std::string_view post) const {
  std::string sanitized;
  if (!text::IsValidUtf8(post) || post.find('\0') != std::string_view::npos) {
    sanitized = text::SanitizeUtf8(post);
    post = sanitized;
  }
  SafetyReport report;
  for (const Claim& claim : state_->extractor->Extract(post)) {
    ClaimResult result = JudgeWithPresupposition(*state_, claim);
    if (state_->profile_rules) state_->profile_rules->Apply(claim, result);
    report.claims.push_back(std::move(result));
  }
  for (PolicyHit& hit : state_->policy->Scan(post)) {
    if (!StatedByRepository(hit, *state_->store)) report.policy_hits.push_back(std::move(hit));
  }
  Decide(report, state_->options);
  return report;
}

RepairResult ClaimChecker::Repair(std::string_view post) const {
  std::string sanitized(post);
  if (!text::IsValidUtf8(post) || post.find('\0') != std::string_view::npos) {
    sanitized = text::SanitizeUtf8(post);
  }
  RepairResult result;
  result.before = Check(sanitized);
  const ClaimRewriter rewriter(*state_->extractor, *state_->support, *state_->sheet);
  ClaimRewriter::Output out = rewriter.Rewrite(sanitized, result.before);
  result.text = std::move(out.text);
  result.after = Check(result.text);
  result.after.corrections = std::move(out.corrections);
  return result;
}

}  // namespace repopost::safety
