// The OpenAI chat-completions wire format, in one place: request encoding, response and stream
// event decoding, error bodies. Every other file works with ChatRequest / ChatResponse.
// A field with the wrong type is an error that names the field (never a silent default).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "llm/chat_request.h"
#include "llm/chat_response.h"
#include "llm/llm_error.h"

namespace repopost::llm {

struct WireOptions {
  std::string model;                                      // sent as "model"
  ResponseFormatKind format = ResponseFormatKind::kNone;  // the (possibly degraded) format to send
  bool request_stream_usage = true;  // send stream_options.include_usage when streaming
  bool strict = true;                // json_schema: send "strict": true (OpenAI, Groq)
  // json_object: also send the request's schema as response_format.schema (llama.cpp's server
  // reads it there when it ignores json_schema).
  bool schema_with_object = false;
};

// The JSON body for POST {base}/chat/completions. Fails (kBadRequest) when the request's schema
// text is not valid JSON or there are no messages.
LlmResult<std::string> EncodeChatRequest(const ChatRequest& request, const WireOptions& options);

// A non-streaming response body. The content is returned as the model wrote it.
LlmResult<ChatResponse> DecodeChatResponse(std::string_view body);

// One `data:` payload of a streamed response.
struct StreamDelta {
  bool done = false;  // the "[DONE]" sentinel
  std::string content;
  std::optional<FinishReason> finish_reason;
  std::optional<TokenUsage> usage;
  std::string model;
};
LlmResult<StreamDelta> DecodeStreamEvent(std::string_view data);

// The human-readable message of an error body ({"error":{"message":..,"code":..}}, {"error":".."}
// or plain text), truncated to one line of at most 300 bytes.
std::string DecodeErrorMessage(std::string_view body);

}  // namespace repopost::llm
