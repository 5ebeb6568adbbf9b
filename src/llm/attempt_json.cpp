#include "llm/attempt_json.h"

#include <nlohmann/json.hpp>

#include "core/clock.h"

namespace repopost::llm {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;

namespace key {
constexpr const char* kOperation = "gen_ai.operation.name";
constexpr const char* kProvider = "gen_ai.provider.name";
constexpr const char* kRequestModel = "gen_ai.request.model";
constexpr const char* kResponseModel = "gen_ai.response.model";
constexpr const char* kInputTokens = "gen_ai.usage.input_tokens";
constexpr const char* kOutputTokens = "gen_ai.usage.output_tokens";
constexpr const char* kFinishReasons = "gen_ai.response.finish_reasons";
constexpr const char* kErrorType = "error.type";
constexpr const char* kHttpStatus = "http.response.status_code";
constexpr const char* kAttempt = "repopost.llm.attempt";
constexpr const char* kStatus = "repopost.llm.status";
constexpr const char* kAction = "repopost.llm.action";
constexpr const char* kReason = "repopost.llm.reason";
constexpr const char* kErrorMessage = "repopost.llm.error_message";
constexpr const char* kLatency = "repopost.llm.latency_ms";
constexpr const char* kTtft = "repopost.llm.time_to_first_token_ms";
constexpr const char* kBackoff = "repopost.llm.backoff_ms";
constexpr const char* kFormat = "repopost.llm.response_format";
constexpr const char* kStreamed = "repopost.llm.streamed";
constexpr const char* kDiscarded = "repopost.llm.discarded";
constexpr const char* kStartedAt = "repopost.llm.started_at";
}  // namespace key

core::Result<const json*> Require(const json& object, const char* name, json::value_t type) {
  auto it = object.find(name);
  if (it == object.end()) {
    return core::Fail(core::ErrorCode::kInput,
                      std::string("attempt field ") + name + " is missing");
  }
  bool ok =
      it->type() == type || (type == json::value_t::number_integer && it->is_number_integer());
  if (!ok) {
    return core::Fail(core::ErrorCode::kInput, std::string("attempt field ") + name + " is " +
                                                   it->type_name() + ", expected " +
                                                   json(type).type_name());
  }
  return &*it;
}

}  // namespace

json ToJson(const AttemptRecord& record) {
  json out = {
      {key::kOperation, "chat"},
      {key::kProvider, record.provider},
      {key::kRequestModel, record.model},
      {key::kAttempt, record.attempt},
      {key::kStatus, ToString(record.status)},
      {key::kAction, ToString(record.action)},
      {key::kLatency, record.latency.count()},
      {key::kStreamed, record.streamed},
      {key::kFormat, ToString(record.format_used)},
      {key::kStartedAt, core::FormatIso8601(record.started_at)},
  };
  if (!record.response_model.empty()) out[key::kResponseModel] = record.response_model;
  if (record.action != AttemptAction::kSkipped) {
    out[key::kInputTokens] = record.usage.input_tokens;
    out[key::kOutputTokens] = record.usage.output_tokens;
  }
  if (record.status == LlmStatus::kOk && record.action == AttemptAction::kAnswered) {
    out[key::kFinishReasons] = json::array({ToString(record.finish_reason)});
  } else if (record.status != LlmStatus::kOk) {
    out[key::kErrorType] = ToString(record.status);
  }
  if (record.http_status != 0) out[key::kHttpStatus] = record.http_status;
  if (!record.error_message.empty()) out[key::kErrorMessage] = record.error_message;
  if (!record.reason.empty()) out[key::kReason] = record.reason;
  if (record.time_to_first_token) out[key::kTtft] = record.time_to_first_token->count();
  if (record.backoff.count() > 0) out[key::kBackoff] = record.backoff.count();
  if (record.discarded) out[key::kDiscarded] = true;
  return out;
}

json ToJson(const std::vector<AttemptRecord>& records) {
  json out = json::array();
  for (const AttemptRecord& record : records) out.push_back(ToJson(record));
  return out;
}

core::Result<AttemptRecord> AttemptFromJson(const json& in) {
  if (!in.is_object()) return core::Fail(core::ErrorCode::kInput, "an attempt must be an object");
  AttemptRecord record;
  auto provider = Require(in, key::kProvider, json::value_t::string);
  auto model = Require(in, key::kRequestModel, json::value_t::string);
  auto attempt = Require(in, key::kAttempt, json::value_t::number_integer);
  auto status = Require(in, key::kStatus, json::value_t::string);
  auto action = Require(in, key::kAction, json::value_t::string);
  auto latency = Require(in, key::kLatency, json::value_t::number_integer);
  for (const auto* field : {&provider, &model, &attempt, &status, &action, &latency}) {
    if (!*field) return tl::unexpected(field->error());
  }
  record.provider = (*provider)->get<std::string>();
  record.model = (*model)->get<std::string>();
  record.attempt = (*attempt)->get<int>();
  auto parsed_status = ParseLlmStatus((*status)->get<std::string>());
  if (!parsed_status) return tl::unexpected(parsed_status.error());
  record.status = *parsed_status;
  auto parsed_action = ParseAttemptAction((*action)->get<std::string>());
  if (!parsed_action) return tl::unexpected(parsed_action.error());
  record.action = *parsed_action;
  record.latency = milliseconds((*latency)->get<long long>());
  auto optional_int = [&](const char* name) -> core::Result<std::optional<long long>> {
    if (!in.contains(name)) return std::optional<long long>();
    auto value = Require(in, name, json::value_t::number_integer);
    if (!value) return tl::unexpected(value.error());
    return std::optional<long long>((*value)->get<long long>());
  };
  auto optional_string = [&](const char* name) -> core::Result<std::string> {
    if (!in.contains(name)) return std::string();
    auto value = Require(in, name, json::value_t::string);
    if (!value) return tl::unexpected(value.error());
    return (*value)->get<std::string>();
  };
  auto input = optional_int(key::kInputTokens);
  auto output = optional_int(key::kOutputTokens);
  auto http = optional_int(key::kHttpStatus);
  auto ttft = optional_int(key::kTtft);
  auto backoff = optional_int(key::kBackoff);
  for (auto* field : {&input, &output, &http, &ttft, &backoff}) {
    if (!*field) return tl::unexpected(field->error());
  }
  record.usage.input_tokens = static_cast<int>(input->value_or(0));
  record.usage.output_tokens = static_cast<int>(output->value_or(0));
  record.http_status = static_cast<int>(http->value_or(0));
  if (*ttft) record.time_to_first_token = milliseconds(**ttft);
  record.backoff = milliseconds(backoff->value_or(0));
  auto reason = optional_string(key::kReason);
  auto message = optional_string(key::kErrorMessage);
  auto response_model = optional_string(key::kResponseModel);
  for (auto* field : {&reason, &message, &response_model}) {
    if (!*field) return tl::unexpected(field->error());
  }
  record.reason = *reason;
  record.error_message = *message;
  record.response_model = *response_model;
  record.streamed = in.value(key::kStreamed, false);
  record.discarded = in.value(key::kDiscarded, false);
  return record;
}

json ToJson(const HealthSummary& summary) {
  json providers = json::array();
  for (const ProviderHealth& health : summary.providers) {
    json entry = {{key::kProvider, health.identity.name},
                  {key::kRequestModel, health.identity.model},
                  {"base_url", health.identity.base_url},
                  {"state", ToString(health.state)},
                  {"consecutive_failures", health.consecutive_failures}};
    entry["reachable"] = health.reachable ? json(*health.reachable) : json(nullptr);
    entry["latency_ms"] = health.latency ? json(health.latency->count()) : json(nullptr);
    if (health.cooldown_left) entry["cooldown_left_ms"] = health.cooldown_left->count();
    if (health.last_error) {
      entry[key::kErrorType] = ToString(*health.last_error);
      entry["error_message"] = health.last_error_message;
    }
    if (health.checked_ago) entry["checked_ago_ms"] = health.checked_ago->count();
    providers.push_back(std::move(entry));
  }
  return {{"status", summary.degraded ? "degraded" : "ok"},
          {"degraded", summary.degraded},
          {"active_tier", summary.active_tier},
          {"providers", std::move(providers)}};
}

}  // namespace repopost::llm
