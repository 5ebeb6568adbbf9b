#include "server/api_json.h"

#include <nlohmann/json.hpp>

#include "app/post_json.h"
#include "core/clock.h"
#include "generate/post_options.h"
#include "safety/safety_report_json.h"
#include "text/utf8.h"

namespace repopost::server {
namespace {

using nlohmann::json;

core::Error FieldError(std::string_view field, std::string_view expected) {
  return core::MakeError(core::ErrorCode::kUsage, "Field \"" + std::string(field) + "\" must be " +
                                                      std::string(expected) + ".");
}

core::Result<json> ParseObject(std::string_view body) {
  json parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    return core::Fail(core::ErrorCode::kUsage, "The request body is not valid JSON.");
  }
  if (!parsed.is_object()) {
    return core::Fail(core::ErrorCode::kUsage, "The request body must be a JSON object.");
  }
  return parsed;
}

// Rejects fields the endpoint does not know, so a typo is an error rather than ignored.
core::Status OnlyFields(const json& object, std::initializer_list<std::string_view> allowed,
                        std::string_view where) {
  for (const auto& [key, value] : object.items()) {
    bool known = false;
    for (auto name : allowed) known = known || key == name;
    if (!known) {
      return core::Fail(core::ErrorCode::kUsage,
                        "Unknown field \"" + key + "\" in " + std::string(where) + ".");
    }
  }
  return core::Ok();
}

core::Result<std::string> OptString(const json& object, const char* field,
                                    std::string fallback = {}) {
  auto it = object.find(field);
  if (it == object.end() || it->is_null()) return fallback;
  if (!it->is_string()) return tl::unexpected(FieldError(field, "a string"));
  std::string value = it->get<std::string>();
  if (!text::IsValidUtf8(value)) return tl::unexpected(FieldError(field, "valid UTF-8"));
  return value;
}

core::Result<bool> OptBool(const json& object, const char* field, bool fallback) {
  auto it = object.find(field);
  if (it == object.end() || it->is_null()) return fallback;
  if (!it->is_boolean()) return tl::unexpected(FieldError(field, "true or false"));
  return it->get<bool>();
}

template <typename E>
core::Result<E> OptEnum(const json& object, const char* field, E fallback,
                        std::optional<E> (*parse)(std::string_view), const std::string& choices) {
  auto text = OptString(object, field);
  if (!text) return tl::unexpected(text.error());
  if (text->empty()) return fallback;
  auto value = parse(*text);
  if (!value) return tl::unexpected(FieldError(field, "one of " + choices));
  return *value;
}

core::Result<generate::PostOptions> ParseOptions(const json& object) {
  if (auto ok = OnlyFields(object, {"style", "tone", "hook", "hashtags", "caption_asset", "seed"},
                           "options");
      !ok) {
    return tl::unexpected(ok.error());
  }
  generate::PostOptions options;
  auto style =
      OptEnum(object, "style", options.style, generate::ParseStyle, generate::StyleChoices());
  if (!style) return tl::unexpected(style.error());
  auto tone = OptEnum(object, "tone", options.tone, generate::ParseTone, generate::ToneChoices());
  if (!tone) return tl::unexpected(tone.error());
  auto hook =
      OptEnum(object, "hook", options.hook, generate::ParseHookType, generate::HookTypeChoices());
  if (!hook) return tl::unexpected(hook.error());
  auto hashtags = OptBool(object, "hashtags", true);
  if (!hashtags) return tl::unexpected(hashtags.error());
  auto caption = OptString(object, "caption_asset");
  if (!caption) return tl::unexpected(caption.error());
  options.style = *style;
  options.tone = *tone;
  options.hook = *hook;
  options.hashtags = *hashtags;
  options.caption_asset = *caption;
  if (auto it = object.find("seed"); it != object.end() && !it->is_null()) {
    if (!it->is_number_unsigned())
      return tl::unexpected(FieldError("seed", "a non-negative integer"));
    options.seed = it->get<std::uint64_t>();
  }
  return options;
}

core::Result<generate::PostOptions> OptionsField(const json& body) {
  auto it = body.find("options");
  if (it == body.end() || it->is_null()) return generate::PostOptions{};
  if (!it->is_object()) return tl::unexpected(FieldError("options", "an object"));
  return ParseOptions(*it);
}

json ProvenanceJson(const core::Provenance& p) {
  return {{"path", p.path},         {"line_begin", p.line_begin},
          {"line_end", p.line_end}, {"commit", p.commit},
          {"tag", p.tag},           {"field", p.field},
          {"url", p.url},           {"describe", p.Describe()}};
}

json FactJson(const core::Fact& fact) {
  return {{"id", fact.id},
          {"kind", core::ToString(fact.kind)},
          {"value", fact.value},
          {"detail", fact.detail},
          {"provenance", ProvenanceJson(fact.provenance)}};
}

json VersionJson(const store::PostVersion& v) { return app::VersionToJson(v); }
json FeedbackJson(const store::Feedback& f) { return app::FeedbackToJson(f); }
json AttemptJson(const store::LlmAttempt& a) { return app::AttemptToJson(a); }

json DetailsJson(const app::GenerationResult& result) {
  const generate::Post& post = result.post;
  json hooks = json::array();
  int rank = 1;
  for (const auto& option : post.hook_options) {
    hooks.push_back({{"type", generate::ToString(option.type)},
                     {"text", option.text},
                     {"fact_ids", option.fact_ids},
                     {"rank", rank++},
                     {"used", option.type == post.hook_used}});
  }
  json used = json::array();
  for (const auto& fact : post.facts_used) used.push_back(FactJson(fact));
  json facts = json::array();
  for (const auto& fact : result.facts.facts) facts.push_back(FactJson(fact));
  json documents = json::array();
  for (const auto& doc : result.facts.documents) {
    documents.push_back({{"id", doc.id},
                         {"title", doc.title},
                         {"kind", core::ToString(doc.kind)},
                         {"provenance", ProvenanceJson(doc.provenance)},
                         {"excerpt", std::string(text::TruncateUtf8(doc.text, 600))}});
  }
  json quality_parts = json::array();
  for (const auto& part : result.quality.parts) {
    quality_parts.push_back({{"aspect", score::ToString(part.aspect)},
                             {"points", part.points},
                             {"max_points", part.max_points},
                             {"assessed", part.assessed},
                             {"explanation", part.explanation}});
  }
  json ranking = json::array();
  for (const auto& hook : result.hook_ranking) {
    ranking.push_back({{"type", generate::ToString(hook.type)},
                       {"text", hook.text},
                       {"engagement_score", hook.engagement_score}});
  }
  return {{"source", result.facts.source},
          {"safety", safety::ToJson(result.safety)},
          {"quality", {{"total", result.quality.total}, {"parts", quality_parts}}},
          {"engagement",
           {{"score", result.engagement.score},
            {"band", score::ToString(result.engagement.band)},
            {"confidence", result.engagement.confidence},
            {"explanation", result.engagement.explanation}}},
          {"hook_ranking", ranking},
          {"draft_text", result.draft_text},
          {"commit", result.facts.commit},
          {"hook_used", generate::ToString(post.hook_used)},
          {"hook_options", hooks},
          {"facts_used", used},
          {"facts", facts},
          {"documents", documents},
          {"notes", post.notes},
          {"warnings", result.facts.warnings},
          {"elapsed_ms", static_cast<double>(result.elapsed.count()) / 1000.0}};
}

}  // namespace

core::Result<CheckRequest> ParseCheckRequest(std::string_view body) {
  auto object = ParseObject(body);
  if (!object) return tl::unexpected(object.error());
  if (auto ok = OnlyFields(*object, {"source", "post"}, "the request"); !ok) {
    return tl::unexpected(ok.error());
  }
  auto post = OptString(*object, "post");
  if (!post) return tl::unexpected(post.error());
  if (post->empty()) return tl::unexpected(FieldError("post", "the post text to check"));
  json generate_shape = {{"source", object->value("source", json(nullptr))}};
  auto request = ParseGenerateRequest(generate_shape.dump());
  if (!request) return tl::unexpected(request.error());
  return CheckRequest{std::move(request->source), std::move(*post)};
}

std::string SafetyReportToJson(const safety::SafetyReport& report) {
  return safety::ToJson(report).dump();
}

core::Result<app::GenerateRequest> ParseGenerateRequest(std::string_view body) {
  auto object = ParseObject(body);
  if (!object) return tl::unexpected(object.error());
  if (auto ok = OnlyFields(*object, {"source", "options", "offline"}, "the request"); !ok) {
    return tl::unexpected(ok.error());
  }
  app::GenerateRequest request;
  auto source = object->find("source");
  if (source == object->end() || !source->is_object()) {
    return tl::unexpected(FieldError("source", "an object with \"location\" and/or \"text\""));
  }
  if (auto ok = OnlyFields(*source, {"location", "text", "text_name"}, "source"); !ok) {
    return tl::unexpected(ok.error());
  }
  auto location = OptString(*source, "location");
  if (!location) return tl::unexpected(location.error());
  auto text = OptString(*source, "text");
  if (!text) return tl::unexpected(text.error());
  auto name = OptString(*source, "text_name", "text");
  if (!name) return tl::unexpected(name.error());
  if (location->empty() && text->empty()) {
    return core::Fail(core::ErrorCode::kUsage, "Give source.location, source.text or both.");
  }
  request.source = {*location, *text, name->empty() ? "text" : *name};
  auto options = OptionsField(*object);
  if (!options) return tl::unexpected(options.error());
  request.options = *options;
  auto offline = OptBool(*object, "offline", false);
  if (!offline) return tl::unexpected(offline.error());
  request.offline = *offline;
  return request;
}

core::Result<app::RefineInput> ParseRefineInput(std::string_view body) {
  auto object = ParseObject(body);
  if (!object) return tl::unexpected(object.error());
  if (auto ok = OnlyFields(*object, {"action", "text", "base_version_id"}, "the request"); !ok) {
    return tl::unexpected(ok.error());
  }
  app::RefineInput input;
  auto action = OptString(*object, "action");
  auto text = OptString(*object, "text");
  auto base = OptString(*object, "base_version_id");
  for (auto* field : {&action, &text, &base}) {
    if (!*field) return tl::unexpected(field->error());
  }
  if (action->empty() == text->empty()) {
    return core::Fail(core::ErrorCode::kUsage, "Give exactly one of \"action\" and \"text\".");
  }
  input.action = *action;
  input.text = *text;
  input.base_version_id = *base;
  return input;
}

core::Result<app::FeedbackInput> ParseFeedbackInput(std::string_view body) {
  auto object = ParseObject(body);
  if (!object) return tl::unexpected(object.error());
  if (auto ok = OnlyFields(*object, {"type", "rating", "comment", "version_id"}, "the request");
      !ok) {
    return tl::unexpected(ok.error());
  }
  app::FeedbackInput input;
  auto type = OptString(*object, "type");
  if (!type) return tl::unexpected(type.error());
  if (type->empty()) return tl::unexpected(FieldError("type", "a feedback type"));
  auto comment = OptString(*object, "comment");
  if (!comment) return tl::unexpected(comment.error());
  auto version = OptString(*object, "version_id");
  if (!version) return tl::unexpected(version.error());
  if (auto it = object->find("rating"); it != object->end() && !it->is_null()) {
    if (!it->is_number_integer()) return tl::unexpected(FieldError("rating", "an integer 1-5"));
    input.rating = it->get<int>();
  }
  input.type = *type;
  input.comment = *comment;
  input.version_id = *version;
  return input;
}

core::Result<BatchRequest> ParseBatchRequest(std::string_view body) {
  auto object = ParseObject(body);
  if (!object) return tl::unexpected(object.error());
  if (auto ok = OnlyFields(*object, {"name", "sources", "options"}, "the request"); !ok) {
    return tl::unexpected(ok.error());
  }
  BatchRequest request;
  auto name = OptString(*object, "name", "api batch");
  if (!name) return tl::unexpected(name.error());
  request.name = *name;
  auto sources = object->find("sources");
  if (sources == object->end() || !sources->is_array() || sources->empty()) {
    return tl::unexpected(FieldError("sources", "a non-empty array of strings"));
  }
  for (const auto& item : *sources) {
    if (!item.is_string() || item.get<std::string>().empty()) {
      return tl::unexpected(FieldError("sources", "a non-empty array of strings"));
    }
    request.sources.push_back(item.get<std::string>());
  }
  auto options = OptionsField(*object);
  if (!options) return tl::unexpected(options.error());
  request.options = *options;
  return request;
}

std::string PostToJson(const app::PostRecord& record) {
  const store::Generation& g = record.generation;
  json versions = json::array();
  for (const auto& v : record.versions) versions.push_back(VersionJson(v));
  json feedback = json::array();
  for (const auto& f : record.feedback) feedback.push_back(FeedbackJson(f));
  json attempts = json::array();
  for (const auto& a : record.attempts) attempts.push_back(AttemptJson(a));
  json out = {{"id", g.id},
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
              {"details", record.details ? DetailsJson(*record.details) : json(nullptr)}};
  return out.dump();
}

std::string VersionsToJson(const std::vector<store::PostVersion>& versions) {
  json out = json::array();
  for (const auto& v : versions) out.push_back(VersionJson(v));
  return json{{"versions", out}}.dump();
}

std::string VersionToJson(const store::PostVersion& version) { return VersionJson(version).dump(); }

std::string DiffToJson(const app::WordDiff& diff) {
  json pieces = json::array();
  for (const auto& piece : diff.pieces) {
    pieces.push_back({{"op", app::ToString(piece.op)}, {"text", piece.text}});
  }
  return json{{"from", diff.from_version_id}, {"to", diff.to_version_id}, {"pieces", pieces}}
      .dump();
}

std::string FeedbackToJson(const store::Feedback& feedback) {
  return FeedbackJson(feedback).dump();
}

std::string BatchToJson(const BatchStatus& status) {
  json items = json::array();
  for (const auto& item : status.items) {
    items.push_back({{"id", item.id},
                     {"ordinal", item.ordinal},
                     {"input", item.input},
                     {"state", store::ToString(item.state)},
                     {"attempts", item.attempts},
                     {"error", item.last_error},
                     {"post_id", item.result}});
  }
  const store::BatchJob& job = status.job;
  return json{{"id", job.id},
              {"name", job.name},
              {"created_at", core::FormatIso8601(job.created_at)},
              {"queued", job.queued},
              {"running", job.running},
              {"done", job.done},
              {"dead", job.dead},
              {"finished", job.IsFinished()},
              {"items", items}}
      .dump();
}

std::string HealthToJson(const HealthReport& health) {
  return json{{"status", health.status},
              {"active_tier", health.active_tier},
              {"offline", health.offline},
              {"degraded", health.status != "ok"},
              {"providers", health.providers},
              {"queued_jobs", health.queued_jobs},
              {"worker_threads", health.worker_threads},
              {"api_keys_required", health.api_keys_required},
              {"version", health.version}}
      .dump();
}

std::string ProgressToJson(std::string_view stage, std::string_view message) {
  return json{{"stage", stage}, {"message", message}}.dump();
}

}  // namespace repopost::server
