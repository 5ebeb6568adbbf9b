// HealthSummary: what `repopost health` and GET /v1/health print about the LLM tiers.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "llm/circuit_breaker.h"
#include "llm/llm_client.h"
#include "llm/llm_status.h"

namespace repopost::llm {

inline constexpr std::string_view kTemplateTier = "template";

struct ProviderHealth {
  ProviderIdentity identity;
  BreakerState state = BreakerState::kClosed;
  int consecutive_failures = 0;
  std::optional<std::chrono::milliseconds> cooldown_left;  // while the breaker is open
  std::optional<bool> reachable;  // last health check or answer; nullopt when neither happened
  std::optional<std::chrono::milliseconds> latency;  // of the last health check or call
  std::optional<LlmStatus> last_error;
  std::string last_error_message;
  std::optional<std::chrono::milliseconds> checked_ago;  // age of the cached health check
};

struct HealthSummary {
  std::vector<ProviderHealth> providers;  // in fallback order
  std::string active_tier;                // first provider a request would go to now, or "template"
  // True when a request would not go to the first configured provider (or any provider is
  // failing); false with no providers configured (the template writer is then the plan).
  bool degraded = false;
};

}  // namespace repopost::llm
