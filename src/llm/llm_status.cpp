#include "llm/llm_status.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "core/enum_table.h"

namespace repopost::llm {
namespace {

constexpr core::EnumTable<LlmStatus, 16> kStatuses{{{
    {LlmStatus::kOk, "ok"},
    {LlmStatus::kCancelled, "cancelled"},
    {LlmStatus::kConnectFailed, "connect_failed"},
    {LlmStatus::kTimeout, "timeout"},
    {LlmStatus::kConnectionDropped, "connection_dropped"},
    {LlmStatus::kRequestTimeout, "request_timeout"},
    {LlmStatus::kRateLimited, "rate_limited"},
    {LlmStatus::kServerError, "server_error"},
    {LlmStatus::kBadRequest, "bad_request"},
    {LlmStatus::kContextLength, "context_length_exceeded"},
    {LlmStatus::kUnauthorized, "unauthorized"},
    {LlmStatus::kForbidden, "forbidden"},
    {LlmStatus::kNotFound, "not_found"},
    {LlmStatus::kHttpError, "http_error"},
    {LlmStatus::kMalformedResponse, "malformed_response"},
    {LlmStatus::kInvalidOutput, "invalid_output"},
}}};

constexpr core::EnumTable<FailureAction, 4> kActions{{{
    {FailureAction::kRetry, "retry"},
    {FailureAction::kNextProvider, "next_provider"},
    {FailureAction::kSkipProvider, "skip_provider"},
    {FailureAction::kStop, "stop"},
}}};

bool MentionsContextLength(std::string_view message) {
  std::string lower(message);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::string_view needle : {"context_length", "context length", "context window",
                                  "maximum context", "too many tokens", "prompt is too long"}) {
    if (lower.find(needle) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::string_view ToString(LlmStatus value) { return kStatuses.Name(value); }

core::Result<LlmStatus> ParseLlmStatus(std::string_view text) {
  if (auto status = kStatuses.Find(text)) return *status;
  return core::Fail(core::ErrorCode::kInput, "unknown LLM status \"" + std::string(text) + "\"");
}

std::string_view ToString(FailureAction value) { return kActions.Name(value); }

FailureAction ActionFor(LlmStatus status) {
  switch (status) {
    case LlmStatus::kTimeout:
    case LlmStatus::kConnectionDropped:
    case LlmStatus::kRequestTimeout:
    case LlmStatus::kRateLimited:
    case LlmStatus::kServerError:
      return FailureAction::kRetry;
    case LlmStatus::kConnectFailed:
    case LlmStatus::kContextLength:
    case LlmStatus::kNotFound:
    case LlmStatus::kHttpError:
    case LlmStatus::kMalformedResponse:
    case LlmStatus::kInvalidOutput:
      return FailureAction::kNextProvider;
    case LlmStatus::kUnauthorized:
    case LlmStatus::kForbidden:
      return FailureAction::kSkipProvider;
    case LlmStatus::kOk:
    case LlmStatus::kCancelled:
    case LlmStatus::kBadRequest:
      return FailureAction::kStop;
  }
  return FailureAction::kStop;
}

LlmStatus StatusForHttp(int http_status, std::string_view error_message) {
  if (http_status == 408) return LlmStatus::kRequestTimeout;
  if (http_status == 429) return LlmStatus::kRateLimited;
  if (http_status >= 500) return LlmStatus::kServerError;
  if (http_status == 401) return LlmStatus::kUnauthorized;
  if (http_status == 403) return LlmStatus::kForbidden;
  if (http_status == 404) return LlmStatus::kNotFound;
  if ((http_status == 400 || http_status == 413) && MentionsContextLength(error_message)) {
    return LlmStatus::kContextLength;
  }
  if (http_status == 400 || http_status == 422) return LlmStatus::kBadRequest;
  return LlmStatus::kHttpError;
}

core::ErrorCode ErrorCodeFor(LlmStatus status) {
  switch (status) {
    case LlmStatus::kTimeout:
    case LlmStatus::kRequestTimeout:
      return core::ErrorCode::kTimeout;
    case LlmStatus::kUnauthorized:
      return core::ErrorCode::kUnauthorized;
    case LlmStatus::kRateLimited:
      return core::ErrorCode::kRateLimited;
    case LlmStatus::kOk:
      return core::ErrorCode::kInternal;
    default:
      return core::ErrorCode::kProvider;
  }
}

}  // namespace repopost::llm
