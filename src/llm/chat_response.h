// ChatResponse: what one successful chat-completion call returned.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "llm/chat_request.h"

namespace repopost::llm {

enum class FinishReason { kStop, kLength, kContentFilter, kToolCalls, kUnknown };
std::string_view ToString(FinishReason value);
// Unrecognised reasons map to kUnknown: servers add new ones and an answer is still an answer.
FinishReason ParseFinishReason(std::string_view text);

struct TokenUsage {
  int input_tokens = 0;
  int output_tokens = 0;
};

struct ChatResponse {
  std::string content;  // for JSON formats: the JSON object text, already parsed out of the answer
  FinishReason finish_reason = FinishReason::kUnknown;
  TokenUsage usage;
  std::string model;  // the model the server says answered ("" when it did not say)
  // The format actually used after degradation (json_schema -> json_object -> none).
  ResponseFormatKind format_used = ResponseFormatKind::kNone;
  std::chrono::milliseconds latency{0};
  std::optional<std::chrono::milliseconds> time_to_first_token;  // streaming only
  int http_status = 200;
  // Why the content does not have the requested shape ("" when it does): a schema deviation or a
  // cut at the token limit. The answer is still returned; the caller decides whether it is usable.
  std::string shape_problem;
  // What the client did on its own to get this answer ("" when nothing), for the attempt record.
  std::string note;
};

}  // namespace repopost::llm
