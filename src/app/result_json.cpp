#include "app/result_json.h"

#include "app/publish_signal.h"
#include "llm/attempt_json.h"
#include "safety/safety_report_json.h"
#include "text/utf8.h"

namespace repopost::app {

nlohmann::json ProvenanceToJson(const core::Provenance& p) {
  nlohmann::json out = nlohmann::json::object();
  if (!p.path.empty()) out["path"] = p.path;
  if (p.line_begin > 0) {
    out["line_begin"] = p.line_begin;
    out["line_end"] = p.line_end > 0 ? p.line_end : p.line_begin;
  }
  if (!p.commit.empty()) out["commit"] = p.commit;
  if (!p.tag.empty()) out["tag"] = p.tag;
  if (!p.field.empty()) out["field"] = p.field;
  if (!p.url.empty()) out["url"] = p.url;
  out["describe"] = p.Describe();
  return out;
}

nlohmann::json FactToJson(const core::Fact& fact) {
  nlohmann::json out = {{"id", fact.id},
                        {"kind", std::string(core::ToString(fact.kind))},
                        {"value", fact.value},
                        {"provenance", ProvenanceToJson(fact.provenance)}};
  if (!fact.detail.empty()) out["detail"] = fact.detail;
  return out;
}

nlohmann::json FactSheetToJson(const core::FactSheet& sheet) {
  nlohmann::json facts = nlohmann::json::array();
  for (const auto& fact : sheet.facts) facts.push_back(FactToJson(fact));
  nlohmann::json documents = nlohmann::json::array();
  for (const auto& doc : sheet.documents) {
    documents.push_back({{"id", doc.id},
                         {"kind", std::string(core::ToString(doc.kind))},
                         {"title", doc.title},
                         {"bytes", doc.text.size()},
                         {"provenance", ProvenanceToJson(doc.provenance)}});
  }
  return {{"source", sheet.source},
          {"commit", sheet.commit},
          {"facts", facts},
          {"documents", documents},
          {"warnings", sheet.warnings}};
}

nlohmann::json QualityToJson(const score::QualityScore& quality) {
  nlohmann::json parts = nlohmann::json::array();
  for (const auto& part : quality.parts) {
    parts.push_back({{"aspect", std::string(score::ToString(part.aspect))},
                     {"points", part.points},
                     {"max_points", part.max_points},
                     {"assessed", part.assessed},
                     {"explanation", part.explanation}});
  }
  return {{"total", quality.total}, {"parts", parts}};
}

nlohmann::json EngagementToJson(const score::EngagementEstimate& estimate) {
  return {{"score", estimate.score},
          {"band", std::string(score::ToString(estimate.band))},
          {"confidence", estimate.confidence},
          {"explanation", estimate.explanation}};
}

namespace {

// The checker's report plus the one "can I post this?" answer every surface shows.
nlohmann::json SafetyJson(const safety::SafetyReport& report) {
  nlohmann::json out = safety::ToJson(report);
  out["signal"] = std::string(ToString(SignalFor(report)));
  return out;
}

}  // namespace

nlohmann::json GenerationToJson(const GenerationResult& result) {
  const generate::Post& post = result.post;
  // The option in use is the one whose text opens the post; when the writer reworded it (the LLM
  // tier), the first option of the hook type used.
  std::size_t used = post.hook_options.size();
  for (std::size_t i = 0; i < post.hook_options.size() && used == post.hook_options.size(); ++i) {
    const auto& option = post.hook_options[i];
    if (!option.text.empty() && post.text.starts_with(option.text)) used = i;
  }
  for (std::size_t i = 0; i < post.hook_options.size() && used == post.hook_options.size(); ++i) {
    if (post.hook_options[i].type == post.hook_used) used = i;
  }
  nlohmann::json hooks = nlohmann::json::array();
  for (std::size_t i = 0; i < post.hook_options.size(); ++i) {
    const auto& option = post.hook_options[i];
    hooks.push_back({{"type", std::string(generate::ToString(option.type))},
                     {"text", option.text},
                     {"fact_ids", option.fact_ids},
                     {"used", i == used}});
  }
  nlohmann::json facts_used = nlohmann::json::array();
  for (const auto& fact : post.facts_used) facts_used.push_back(FactToJson(fact));
  nlohmann::json out = {
      {"id", result.id},
      {"source", result.facts.source},
      {"commit", result.facts.commit},
      {"post", post.text},
      {"hook_text", post.hook},
      {"hook_options", hooks},
      {"hashtags", post.hashtags},
      {"caption", post.caption},
      {"facts_used", facts_used},
      {"style", std::string(generate::ToString(post.options.style))},
      {"tone", std::string(generate::ToString(post.options.tone))},
      {"hook", std::string(generate::ToString(post.hook_used))},
      {"hook_requested", std::string(generate::ToString(post.options.hook))},
      {"writer", std::string(generate::ToString(post.writer))},
      {"notes", post.notes},
      {"warnings", result.facts.warnings},
      {"elapsed_ms", static_cast<double>(result.elapsed.count()) / 1000.0},
      {"safety", SafetyJson(result.safety)},
      {"quality", QualityToJson(result.quality)},
      {"engagement", EngagementToJson(result.engagement)},
  };
  nlohmann::json ranking = nlohmann::json::array();
  for (const auto& hook : result.hook_ranking) {
    ranking.push_back({{"type", std::string(generate::ToString(hook.type))},
                       {"text", hook.text},
                       {"engagement_score", hook.engagement_score}});
  }
  out["hook_ranking"] = ranking;
  if (!result.draft_text.empty()) out["draft"] = result.draft_text;
  out["prompt_version"] = post.prompt_version;
  // Every provider attempt of every LLM call, with OpenTelemetry GenAI attribute names; the
  // call it belongs to is repopost.llm.call ("write" or "repair").
  nlohmann::json attempts = nlohmann::json::array();
  nlohmann::json calls = nlohmann::json::array();
  for (const generate::LlmCallRecord& call : result.llm_calls) {
    for (const llm::AttemptRecord& attempt : call.attempts) {
      nlohmann::json one = llm::ToJson(attempt);
      one["repopost.llm.call"] = std::string(generate::ToString(call.purpose));
      attempts.push_back(std::move(one));
    }
    calls.push_back({{"purpose", std::string(generate::ToString(call.purpose))},
                     {"outcome", std::string(llm::ToString(call.outcome))},
                     {"provider", call.provider},
                     {"attempts", call.attempts.size()},
                     {"reason", call.reason}});
  }
  out["llm_calls"] = calls;
  out["attempts"] = attempts;
  return out;
}

nlohmann::json GenerationDetailsToJson(const GenerationResult& result) {
  constexpr std::size_t kExcerptBytes = 600;
  nlohmann::json out = GenerationToJson(result);
  nlohmann::json facts = nlohmann::json::array();
  for (const auto& fact : result.facts.facts) facts.push_back(FactToJson(fact));
  nlohmann::json documents = nlohmann::json::array();
  for (const auto& doc : result.facts.documents) {
    documents.push_back({{"id", doc.id},
                         {"kind", std::string(core::ToString(doc.kind))},
                         {"title", doc.title},
                         {"bytes", doc.text.size()},
                         {"provenance", ProvenanceToJson(doc.provenance)},
                         {"excerpt", std::string(text::TruncateUtf8(doc.text, kExcerptBytes))}});
  }
  out["facts"] = std::move(facts);
  out["documents"] = std::move(documents);
  return out;
}

}  // namespace repopost::app
