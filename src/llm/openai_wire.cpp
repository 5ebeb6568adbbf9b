#include "llm/openai_wire.h"

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace repopost::llm {
namespace {

using nlohmann::json;

std::string TypeName(const json& value) { return value.type_name(); }

LlmResult<const json*> Field(const json& object, const char* key, const std::string& path,
                             json::value_t expected, bool nullable) {
  auto it = object.find(key);
  if (it == object.end() || (nullable && it->is_null())) return nullptr;
  bool ok = it->type() == expected ||
            (expected == json::value_t::number_integer && it->is_number_integer()) ||
            (expected == json::value_t::number_float && it->is_number());
  if (!ok) {
    std::string want = json(expected).type_name();
    if (expected == json::value_t::number_integer) want = "integer";
    return LlmFail(LlmStatus::kMalformedResponse,
                   path + key + " is " + TypeName(*it) + ", expected " + want);
  }
  return &*it;
}

LlmResult<TokenUsage> DecodeUsage(const json& usage, const std::string& path) {
  TokenUsage out;
  auto in = Field(usage, "prompt_tokens", path, json::value_t::number_integer, true);
  if (!in) return tl::unexpected(in.error());
  auto outp = Field(usage, "completion_tokens", path, json::value_t::number_integer, true);
  if (!outp) return tl::unexpected(outp.error());
  if (*in) out.input_tokens = (*in)->get<int>();
  if (*outp) out.output_tokens = (*outp)->get<int>();
  return out;
}

LlmResult<json> ParseBody(std::string_view body, const char* what) {
  json parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    return LlmFail(LlmStatus::kMalformedResponse, std::string(what) + " is not valid JSON");
  }
  if (!parsed.is_object()) {
    return LlmFail(LlmStatus::kMalformedResponse,
                   std::string(what) + " is " + TypeName(parsed) + ", expected an object");
  }
  return parsed;
}

// Reads "usage" (OpenAI) or "x_groq.usage" (Groq streams) when present.
LlmResult<std::optional<TokenUsage>> DecodeAnyUsage(const json& root) {
  auto usage = Field(root, "usage", "", json::value_t::object, true);
  if (!usage) return tl::unexpected(usage.error());
  if (*usage) {
    auto decoded = DecodeUsage(**usage, "usage.");
    if (!decoded) return tl::unexpected(decoded.error());
    return std::optional<TokenUsage>(*decoded);
  }
  auto groq = root.find("x_groq");
  if (groq != root.end() && groq->is_object()) {
    auto inner = Field(*groq, "usage", "x_groq.", json::value_t::object, true);
    if (!inner) return tl::unexpected(inner.error());
    if (*inner) {
      auto decoded = DecodeUsage(**inner, "x_groq.usage.");
      if (!decoded) return tl::unexpected(decoded.error());
      return std::optional<TokenUsage>(*decoded);
    }
  }
  return std::optional<TokenUsage>();
}

LlmResult<const json*> FirstChoice(const json& root, bool required) {
  auto choices = Field(root, "choices", "", json::value_t::array, !required);
  if (!choices) return tl::unexpected(choices.error());
  if (*choices == nullptr || (*choices)->empty()) {
    if (required) return LlmFail(LlmStatus::kMalformedResponse, "choices is empty");
    return nullptr;
  }
  const json& first = (**choices)[0];
  if (!first.is_object()) {
    return LlmFail(LlmStatus::kMalformedResponse,
                   "choices[0] is " + TypeName(first) + ", expected object");
  }
  return &first;
}

LlmResult<std::optional<FinishReason>> DecodeFinish(const json& choice) {
  auto finish = Field(choice, "finish_reason", "choices[0].", json::value_t::string, true);
  if (!finish) return tl::unexpected(finish.error());
  if (*finish == nullptr) return std::optional<FinishReason>();
  return std::optional<FinishReason>(ParseFinishReason((*finish)->get<std::string>()));
}

LlmResult<std::string> DecodeModel(const json& root) {
  auto model = Field(root, "model", "", json::value_t::string, true);
  if (!model) return tl::unexpected(model.error());
  return *model ? (*model)->get<std::string>() : std::string();
}

}  // namespace

LlmResult<std::string> EncodeChatRequest(const ChatRequest& request, const WireOptions& options) {
  if (request.messages.empty()) {
    return LlmFail(LlmStatus::kBadRequest, "a chat request needs at least one message");
  }
  json body = {{"model", options.model}};
  json messages = json::array();
  for (const ChatMessage& message : request.messages) {
    messages.push_back(
        {{"role", ToString(message.role)}, {"content", text::SanitizeUtf8(message.content)}});
  }
  body["messages"] = std::move(messages);
  if (request.temperature) body["temperature"] = *request.temperature;
  if (request.max_tokens) body["max_tokens"] = *request.max_tokens;
  const bool needs_schema =
      options.format == ResponseFormatKind::kJsonSchema ||
      (options.format == ResponseFormatKind::kJsonObject && options.schema_with_object);
  json schema;
  if (needs_schema) {
    schema = json::parse(request.response_format.schema_json, nullptr, false);
    if (schema.is_discarded() || !schema.is_object()) {
      return LlmFail(LlmStatus::kBadRequest, "response_format.schema_json is not a JSON object");
    }
  }
  if (options.format == ResponseFormatKind::kJsonObject) {
    body["response_format"] = {{"type", "json_object"}};
    if (needs_schema) body["response_format"]["schema"] = std::move(schema);
  } else if (options.format == ResponseFormatKind::kJsonSchema) {
    json inner = {{"name", request.response_format.schema_name}, {"schema", std::move(schema)}};
    if (options.strict) inner["strict"] = true;
    body["response_format"] = {{"type", "json_schema"}, {"json_schema", std::move(inner)}};
  }
  if (request.stream) {
    body["stream"] = true;
    if (options.request_stream_usage) body["stream_options"] = {{"include_usage", true}};
  }
  return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

LlmResult<ChatResponse> DecodeChatResponse(std::string_view body) {
  auto root = ParseBody(body, "the response body");
  if (!root) return tl::unexpected(root.error());
  auto choice = FirstChoice(*root, /*required=*/true);
  if (!choice) return tl::unexpected(choice.error());
  auto message = Field(**choice, "message", "choices[0].", json::value_t::object, false);
  if (!message) return tl::unexpected(message.error());
  if (*message == nullptr) {
    return LlmFail(LlmStatus::kMalformedResponse, "choices[0].message is missing");
  }
  auto content = Field(**message, "content", "choices[0].message.", json::value_t::string, true);
  if (!content) return tl::unexpected(content.error());
  ChatResponse response;
  if (*content) response.content = (*content)->get<std::string>();
  auto finish = DecodeFinish(**choice);
  if (!finish) return tl::unexpected(finish.error());
  response.finish_reason = finish->value_or(FinishReason::kUnknown);
  auto usage = DecodeAnyUsage(*root);
  if (!usage) return tl::unexpected(usage.error());
  if (*usage) response.usage = **usage;
  auto model = DecodeModel(*root);
  if (!model) return tl::unexpected(model.error());
  response.model = *model;
  return response;
}

LlmResult<StreamDelta> DecodeStreamEvent(std::string_view data) {
  StreamDelta delta;
  if (data == "[DONE]") {
    delta.done = true;
    return delta;
  }
  auto root = ParseBody(data, "a stream event");
  if (!root) return tl::unexpected(root.error());
  if (auto error = root->find("error"); error != root->end()) {
    return LlmFail(LlmStatus::kServerError,
                   "the stream carried an error: " + DecodeErrorMessage(data));
  }
  auto choice = FirstChoice(*root, /*required=*/false);
  if (!choice) return tl::unexpected(choice.error());
  if (*choice) {
    auto inner = Field(**choice, "delta", "choices[0].", json::value_t::object, true);
    if (!inner) return tl::unexpected(inner.error());
    if (*inner) {
      auto content = Field(**inner, "content", "choices[0].delta.", json::value_t::string, true);
      if (!content) return tl::unexpected(content.error());
      if (*content) delta.content = (*content)->get<std::string>();
    }
    auto finish = DecodeFinish(**choice);
    if (!finish) return tl::unexpected(finish.error());
    delta.finish_reason = *finish;
  }
  auto usage = DecodeAnyUsage(*root);
  if (!usage) return tl::unexpected(usage.error());
  delta.usage = *usage;
  auto model = DecodeModel(*root);
  if (!model) return tl::unexpected(model.error());
  delta.model = *model;
  return delta;
}

std::string DecodeErrorMessage(std::string_view body) {
  std::string message;
  json parsed = json::parse(body, nullptr, false);
  if (!parsed.is_discarded() && parsed.is_object()) {
    auto error = parsed.find("error");
    if (error != parsed.end() && error->is_string()) message = error->get<std::string>();
    if (error != parsed.end() && error->is_object()) {
      if (auto m = error->find("message"); m != error->end() && m->is_string()) message = *m;
      if (auto c = error->find("code"); c != error->end() && c->is_string()) {
        message += " (" + c->get<std::string>() + ")";
      }
    }
    if (message.empty()) {
      if (auto m = parsed.find("message"); m != parsed.end() && m->is_string()) message = *m;
    }
  }
  if (message.empty()) message = std::string(body);
  for (char& c : message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text::SanitizeUtf8(text::TruncateUtf8(message, 300));
}

}  // namespace repopost::llm
