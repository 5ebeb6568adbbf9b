// RetryPolicy: how long to wait before trying the same provider again, and when to stop trying
// it. Exponential backoff with jitter (seedable, so tests are deterministic), Retry-After honoured
// up to a cap; a longer Retry-After moves on and cools the provider down for that long.
//
// Thread-safety: AfterFailure may be called concurrently (the random engine is locked).
#pragma once

#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <string>

#include "llm/llm_error.h"

namespace repopost::llm {

struct RetryPolicyConfig {
  static constexpr int kDefaultMaxAttempts = 3;
  static constexpr std::chrono::milliseconds kDefaultInitialBackoff{250};
  static constexpr std::chrono::milliseconds kDefaultMaxBackoff{4000};
  static constexpr std::chrono::milliseconds kDefaultRetryAfterCap{10000};

  int max_attempts = kDefaultMaxAttempts;  // tries on one provider, the first one included
  std::chrono::milliseconds initial_backoff = kDefaultInitialBackoff;
  double backoff_multiplier = 2.0;
  std::chrono::milliseconds max_backoff = kDefaultMaxBackoff;
  double jitter_fraction = 0.25;  // each delay is scaled by a uniform factor in [1 - j, 1]
  std::chrono::milliseconds retry_after_cap = kDefaultRetryAfterCap;
  std::uint64_t seed = 0;  // 0: seeded from std::random_device
};

struct RetryDecision {
  bool retry = false;
  std::chrono::milliseconds delay{0};  // wait before the retry
  // When the server asked for a wait longer than the cap: how long to cool the provider down.
  std::optional<std::chrono::milliseconds> cooldown;
  std::string reason;  // "retry in 412 ms after server_error (attempt 1 of 3)"
};

class RetryPolicy {
 public:
  explicit RetryPolicy(RetryPolicyConfig config);

  // REQUIRES: attempts_so_far >= 1 (the failed attempt included).
  RetryDecision AfterFailure(int attempts_so_far, const LlmError& error);

  // The un-jittered backoff before retry number `retry` (1-based), capped at max_backoff.
  std::chrono::milliseconds BaseBackoff(int retry) const;

  const RetryPolicyConfig& config() const { return config_; }

 private:
  RetryPolicyConfig config_;
  std::mutex mutex_;
  std::mt19937_64 random_;
};

}  // namespace repopost::llm
