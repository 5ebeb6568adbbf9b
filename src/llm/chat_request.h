// ChatRequest: one chat-completion call, independent of any provider's wire format.
//
//   llm::ChatRequest request;
//   request.messages = {{llm::Role::kSystem, "You write posts."}, {llm::Role::kUser, "..."}};
//   request.response_format = llm::ResponseFormat::JsonSchema("post", schema_json_text);
//   request.max_tokens = 800;
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace repopost::llm {

enum class Role { kSystem, kUser, kAssistant };
std::string_view ToString(Role value);
core::Result<Role> ParseRole(std::string_view text);

struct ChatMessage {
  Role role = Role::kUser;
  std::string content;
};

// How the answer must be shaped. kJsonSchema degrades to kJsonObject and then to kNone (with the
// first JSON object parsed out of the text) when a server does not support it.
enum class ResponseFormatKind { kNone, kJsonObject, kJsonSchema };
std::string_view ToString(ResponseFormatKind value);
core::Result<ResponseFormatKind> ParseResponseFormatKind(std::string_view text);

struct ResponseFormat {
  ResponseFormatKind kind = ResponseFormatKind::kNone;
  std::string schema_name;  // kJsonSchema only: [a-zA-Z0-9_-]+
  std::string schema_json;  // kJsonSchema only: the JSON Schema as JSON text

  static ResponseFormat None() { return {}; }
  static ResponseFormat JsonObject() { return {ResponseFormatKind::kJsonObject, "", ""}; }
  static ResponseFormat JsonSchema(std::string name, std::string schema_json) {
    return {ResponseFormatKind::kJsonSchema, std::move(name), std::move(schema_json)};
  }
};

struct ChatRequest {
  std::vector<ChatMessage> messages;
  std::string model;  // "" = the provider's configured model
  std::optional<double> temperature;
  std::optional<int> max_tokens;
  ResponseFormat response_format;
  bool stream = false;  // stream tokens through CallOptions::on_token
};

}  // namespace repopost::llm
