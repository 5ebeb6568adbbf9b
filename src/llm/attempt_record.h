// AttemptRecord: one provider call (or one skipped provider) made while answering a request,
// with the reason the router moved on. The store persists them (table llm_attempts); the JSON
// form uses OpenTelemetry GenAI attribute names (attempt_json.h).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"
#include "llm/chat_request.h"
#include "llm/chat_response.h"
#include "llm/llm_status.h"

namespace repopost::llm {

// What the router did after this attempt.
enum class AttemptAction {
  kAnswered,  // the answer was used
  kRetried,   // the same provider was tried again
  kFellBack,  // the router moved to the next provider
  kSkipped,   // the provider was not called (breaker open / cooling down)
  kStopped,   // the route ended without an answer (cancelled, bad request, stream interrupted)
};
std::string_view ToString(AttemptAction value);
core::Result<AttemptAction> ParseAttemptAction(std::string_view text);

struct AttemptRecord {
  std::string provider;        // ProviderIdentity::name
  std::string model;           // requested model
  std::string response_model;  // the model the server reported, "" if none
  int attempt = 1;             // 1-based try on this provider within the request
  LlmStatus status = LlmStatus::kOk;
  int http_status = 0;
  std::string error_message;  // "" on success
  std::chrono::milliseconds latency{0};
  std::optional<std::chrono::milliseconds> time_to_first_token;
  TokenUsage usage;
  FinishReason finish_reason = FinishReason::kUnknown;
  ResponseFormatKind format_used = ResponseFormatKind::kNone;
  bool streamed = false;
  bool discarded = false;  // streamed tokens were emitted and the consumer was told to discard
  AttemptAction action = AttemptAction::kAnswered;
  std::string reason;                    // why the router did `action`
  std::chrono::milliseconds backoff{0};  // wait before the next try (kRetried only)
  std::chrono::system_clock::time_point started_at{};
};

}  // namespace repopost::llm
