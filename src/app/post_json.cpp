#include "app/post_json.h"

#include "app/publish_signal.h"
#include "app/result_json.h"
#include "core/clock.h"
#include "text/utf8.h"

namespace repopost::app {
namespace {

using nlohmann::json;

json OptionalNumber(const std::optional<double>& value) {
  return value ? json(*value) : json(nullptr);
}

json SafetyRecordToJson(const store::SafetyReportRecord& report) {
  json claims = json::array();
  for (const auto& claim : report.claims) {
    claims.push_back(
        {{"text", claim.text}, {"verdict", claim.verdict}, {"evidence_ids", claim.evidence_ids}});
  }
  return {{"verdict", report.verdict},
          {"confidence", report.confidence},
          {"policy_hits", report.policy_hits},
          {"unsupported_claims", report.unsupported_claims},
          {"signal", std::string(ToString(SignalFor(report)))},
          {"claims", claims}};
}

// The pipeline's details: from this process's cache when it has them, else as stored with the
// generation (null for posts stored before details were kept).
json DetailsJson(const PostRecord& record) {
  if (record.details) return GenerationDetailsToJson(*record.details);
  if (record.generation.details.empty()) return nullptr;
  json stored = json::parse(record.generation.details, nullptr, /*allow_exceptions=*/false);
  return stored.is_discarded() ? json(nullptr) : stored;
}

}  // namespace

json VersionToJson(const store::PostVersion& v) {
  return {{"id", v.id},
          {"generation_id", v.generation_id},
          {"seq", v.seq},
          {"parent_id", v.parent_id},
          {"text", v.text},
          {"characters", text::Utf16Length(v.text)},
          {"hashtags", v.hashtags},
          {"caption", v.caption},
          {"reason", std::string(store::ToString(v.reason))},
          {"quality_score", OptionalNumber(v.quality_score)},
          {"safety_confidence", OptionalNumber(v.safety_confidence)},
          {"safety", v.safety ? SafetyRecordToJson(*v.safety) : json(nullptr)},
          {"created_at", core::FormatIso8601(v.created_at)}};
}

json FeedbackToJson(const store::Feedback& f) {
  return {{"id", f.id},
          {"version_id", f.version_id},
          {"generation_id", f.generation_id},
          {"type", std::string(store::ToString(f.type))},
          {"rating", f.rating ? json(*f.rating) : json(nullptr)},
          {"comment", f.comment},
          {"created_at", core::FormatIso8601(f.created_at)}};
}

json AttemptToJson(const store::LlmAttempt& a) {
  return {{"provider", a.provider},
          {"model", a.model},
          {"status", std::string(store::ToString(a.status))},
          {"error_type", a.error_type},
          {"latency_ms", a.latency_ms},
          {"ttft_ms", a.ttft_ms ? json(*a.ttft_ms) : json(nullptr)},
          {"prompt_tokens", a.prompt_tokens},
          {"completion_tokens", a.completion_tokens},
          {"retry_reason", a.retry_reason},
          {"fallback_reason", a.fallback_reason}};
}

json PostRecordToJson(const PostRecord& record) {
  const store::Generation& g = record.generation;
  json versions = json::array();
  for (const auto& v : record.versions) versions.push_back(VersionToJson(v));
  json feedback = json::array();
  for (const auto& f : record.feedback) feedback.push_back(FeedbackToJson(f));
  json attempts = json::array();
  for (const auto& a : record.attempts) attempts.push_back(AttemptToJson(a));
  return {{"id", g.id},
          {"style", g.style},
          {"tone", g.tone},
          {"hook", g.hook},
          {"writer", g.writer_tier},
          {"provider", g.provider},
          {"prompt_version", g.prompt_version},
          {"duration_ms", g.duration_ms},
          {"fell_back", g.fell_back},
          {"created_at", core::FormatIso8601(g.created_at)},
          {"latest", record.versions.empty() ? json(nullptr) : versions.back()},
          {"versions", versions},
          {"feedback", feedback},
          {"attempts", attempts},
          {"details", DetailsJson(record)}};
}

json HistoryToJson(const std::vector<store::HistoryEntry>& history) {
  json out = json::array();
  for (const auto& entry : history) {
    out.push_back({{"id", entry.generation.id},
                   {"style", entry.generation.style},
                   {"tone", entry.generation.tone},
                   {"hook", entry.generation.hook},
                   {"writer", entry.generation.writer_tier},
                   {"created_at", core::FormatIso8601(entry.generation.created_at)},
                   {"version_count", entry.version_count},
                   {"latest", VersionToJson(entry.latest)}});
  }
  return {{"posts", out}};
}

json FeedbackOutcomeToJson(const FeedbackOutcome& outcome) {
  json out = {{"feedback", FeedbackToJson(outcome.feedback)}, {"note", outcome.note}};
  if (outcome.follow_up) out["new_version"] = VersionToJson(*outcome.follow_up);
  json hooks = json::array();
  for (const auto& hook : outcome.hooks) {
    hooks.push_back({{"type", std::string(generate::ToString(hook.type))},
                     {"text", hook.text},
                     {"engagement_score", hook.engagement_score}});
  }
  out["hooks"] = std::move(hooks);
  return out;
}

json DiffToJson(const WordDiff& diff) {
  json pieces = json::array();
  for (const auto& piece : diff.pieces) {
    pieces.push_back({{"op", std::string(ToString(piece.op))}, {"text", piece.text}});
  }
  return {{"from", diff.from_version_id}, {"to", diff.to_version_id}, {"pieces", pieces}};
}

}  // namespace repopost::app
