#include "fake_llm_server/fake_script.h"

#include <nlohmann/json.hpp>

namespace repopost::fake {
namespace {

using nlohmann::json;

core::Result<FakeReply> ParseReply(const json& in, const std::string& path) {
  if (!in.is_object()) return core::Fail(core::ErrorCode::kInput, path + " must be an object");
  FakeReply reply;
  auto kind = ParseFakeReplyKind(in.value("kind", "answer"));
  if (!kind) return tl::unexpected(kind.error());
  reply.kind = *kind;
  try {
    reply.content = in.value("content", reply.content);
    reply.status = in.value("status", reply.status);
    reply.retry_after = in.value("retry_after", reply.retry_after);
    reply.latency = std::chrono::milliseconds(in.value("latency_ms", 0LL));
    reply.tokens_per_second = in.value("tokens_per_second", 0.0);
    reply.hang = std::chrono::milliseconds(in.value("hang_ms", reply.hang.count()));
    if (in.contains("input_tokens")) reply.input_tokens = in.at("input_tokens").get<int>();
    if (in.contains("output_tokens")) reply.output_tokens = in.at("output_tokens").get<int>();
    reply.finish_reason = in.value("finish_reason", reply.finish_reason);
  } catch (const json::exception& error) {
    return core::Fail(core::ErrorCode::kInput,
                      path + " has a field of the wrong type: " + error.what());
  }
  return reply;
}

}  // namespace

core::Result<FakeScript> ParseFakeScript(std::string_view json_text) {
  json in = json::parse(json_text, nullptr, false);
  if (in.is_discarded() || !in.is_object()) {
    return core::Fail(core::ErrorCode::kInput, "the fake server script is not a JSON object");
  }
  FakeScript script;
  if (in.contains("default")) {
    auto reply = ParseReply(in["default"], "default");
    if (!reply) return tl::unexpected(reply.error());
    script.default_reply = *reply;
  }
  if (in.contains("replies")) {
    if (!in["replies"].is_array())
      return core::Fail(core::ErrorCode::kInput, "replies must be a list");
    for (std::size_t i = 0; i < in["replies"].size(); ++i) {
      auto reply = ParseReply(in["replies"][i], "replies[" + std::to_string(i) + "]");
      if (!reply) return tl::unexpected(reply.error());
      script.replies.push_back(*reply);
    }
  }
  if (in.contains("reject_json_schema")) {
    if (!in["reject_json_schema"].is_boolean()) {
      return core::Fail(core::ErrorCode::kInput, "reject_json_schema must be true or false");
    }
    script.reject_json_schema = in["reject_json_schema"].get<bool>();
  }
  if (in.contains("models_status")) {
    if (!in["models_status"].is_number_integer()) {
      return core::Fail(core::ErrorCode::kInput, "models_status must be an integer");
    }
    script.models_status = in["models_status"].get<int>();
  }
  return script;
}

void ApplyScript(const FakeScript& script, FakeLlmServer& server) {
  if (script.default_reply) server.SetDefault(*script.default_reply);
  for (const FakeReply& reply : script.replies) server.Enqueue(reply);
  server.SetRejectJsonSchema(script.reject_json_schema);
  server.SetModelsStatus(script.models_status);
}

}  // namespace repopost::fake
