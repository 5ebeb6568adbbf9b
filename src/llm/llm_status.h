// LlmStatus: the typed outcome of one provider call, and the one switch that decides what the
// router does after a failure (STYLE.md: a typed status with one ShouldRetry switch).
#pragma once

#include <string_view>

#include "core/error.h"
#include "core/result.h"

namespace repopost::llm {

enum class LlmStatus {
  kOk,
  kCancelled,          // the caller's CancelToken fired
  kConnectFailed,      // refused, unreachable, DNS failure
  kTimeout,            // connect or total timeout elapsed
  kConnectionDropped,  // the connection broke mid-response (including mid-stream)
  kRequestTimeout,     // HTTP 408
  kRateLimited,        // HTTP 429
  kServerError,        // HTTP 5xx
  kBadRequest,         // HTTP 400 that is not a context-length error: our request is wrong
  kContextLength,      // HTTP 400/413 saying the prompt is too long for this model
  kUnauthorized,       // HTTP 401
  kForbidden,          // HTTP 403
  kNotFound,           // HTTP 404: wrong base URL or unknown model
  kHttpError,          // any other unexpected HTTP status
  kMalformedResponse,  // the body is not the protocol's JSON (or a field has the wrong type)
  kInvalidOutput,      // the model's content is not the JSON asked for / does not match the schema
};

std::string_view ToString(LlmStatus value);
core::Result<LlmStatus> ParseLlmStatus(std::string_view text);

// What the router does after a failed attempt.
enum class FailureAction {
  kRetry,         // same provider again after a backoff (transient)
  kNextProvider,  // this provider cannot answer this request; try the next one now
  kSkipProvider,  // credentials are wrong: skip the provider for a long cooldown, log loudly
  kStop,          // no provider can do better (cancelled, or our request is malformed)
};

std::string_view ToString(FailureAction value);

// The one switch: 408, 429, 5xx, timeouts and dropped connections retry; a refused connection
// moves on at once (it will not heal within a backoff); 400 stops, except a context-length error,
// which moves to the next provider (it may have a larger window); 401/403 skip the provider.
FailureAction ActionFor(LlmStatus status);
inline bool ShouldRetry(LlmStatus status) { return ActionFor(status) == FailureAction::kRetry; }

// Classifies an HTTP status (>= 400) and the error body's message.
LlmStatus StatusForHttp(int http_status, std::string_view error_message);

// The core error code a caller outside llm reports for this status.
core::ErrorCode ErrorCodeFor(LlmStatus status);

}  // namespace repopost::llm
