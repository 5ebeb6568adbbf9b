// LlmError: a failed provider call with its typed status; LlmResult<T> is the llm stage's
// Result<T>, because the router needs the status, not only a message.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <tl/expected.hpp>

#include "core/error.h"
#include "llm/chat_request.h"
#include "llm/chat_response.h"
#include "llm/llm_status.h"

namespace repopost::llm {

struct LlmError {
  LlmStatus status = LlmStatus::kHttpError;
  int http_status = 0;                                   // 0 when no HTTP response arrived
  std::string message;                                   // one sentence; never contains an API key
  std::optional<std::chrono::milliseconds> retry_after;  // from a Retry-After header
  bool tokens_emitted = false;  // true when on_token was called before the failure (streaming)
  // Set when a complete answer arrived but could not be used (kInvalidOutput).
  TokenUsage usage;
  ResponseFormatKind format_used = ResponseFormatKind::kNone;

  core::Error ToCoreError() const { return core::Error{ErrorCodeFor(status), message}; }
};

template <typename T>
using LlmResult = tl::expected<T, LlmError>;

inline tl::unexpected<LlmError> LlmFail(LlmStatus status, std::string message,
                                        int http_status = 0) {
  return tl::unexpected<LlmError>(LlmError{status, http_status, std::move(message), {}, false});
}

}  // namespace repopost::llm
