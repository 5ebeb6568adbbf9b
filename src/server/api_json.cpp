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
  if (auto ok =
          OnlyFields(*object, {"action", "text", "use_hook", "base_version_id"}, "the request");
      !ok) {
    return tl::unexpected(ok.error());
  }
  app::RefineInput input;
  auto action = OptString(*object, "action");
  auto text = OptString(*object, "text");
  auto use_hook = OptString(*object, "use_hook");
  auto base = OptString(*object, "base_version_id");
  for (auto* field : {&action, &text, &use_hook, &base}) {
    if (!*field) return tl::unexpected(field->error());
  }
  if (static_cast<int>(!action->empty()) + static_cast<int>(!text->empty()) +
          static_cast<int>(!use_hook->empty()) !=
      1) {
    return core::Fail(core::ErrorCode::kUsage,
                      "Give exactly one of \"action\", \"use_hook\" and \"text\".");
  }
  input.action = *action;
  input.text = *text;
  input.use_hook = *use_hook;
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
  return app::PostRecordToJson(record).dump();
}

std::string VersionsToJson(const std::vector<store::PostVersion>& versions) {
  json out = json::array();
  for (const auto& v : versions) out.push_back(app::VersionToJson(v));
  return json{{"versions", out}}.dump();
}

std::string VersionToJson(const store::PostVersion& version) {
  return app::VersionToJson(version).dump();
}

std::string DiffToJson(const app::WordDiff& diff) { return app::DiffToJson(diff).dump(); }

std::string FeedbackOutcomeToJson(const app::FeedbackOutcome& outcome) {
  return app::FeedbackOutcomeToJson(outcome).dump();
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
              {"version", health.version},
              {"llm", health.llm.is_null() ? json::object() : health.llm}}
      .dump();
}

std::string HistoryToJson(const std::vector<store::HistoryEntry>& history) {
  return app::HistoryToJson(history).dump();
}

std::string MetricsSeriesToJson(const app::SeriesReport& series, const app::MetricsReport& days) {
  json out = app::SeriesReportToJson(series);
  json daily = app::MetricsReportToJson(days);
  out["days"] = std::move(daily["days"]);
  out["alerts"] = std::move(daily["alerts"]);
  return out.dump();
}

std::string ProgressToJson(std::string_view stage, std::string_view message) {
  return json{{"stage", stage}, {"message", message}}.dump();
}

}  // namespace repopost::server
