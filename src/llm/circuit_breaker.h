// CircuitBreaker: per-provider cooldown. After `failure_threshold` consecutive failures the
// breaker opens for `cooldown` (requests skip the provider); then it lets one probe request
// through (half-open): success closes it, failure reopens it with the cooldown doubled (up to
// max_cooldown). A forced open (401/403, a Retry-After over the cap) lasts the given duration.
//
// Not thread-safe: FallbackRouter guards each breaker with its own mutex.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "core/result.h"

namespace repopost::llm {

enum class BreakerState { kClosed, kOpen, kHalfOpen };
std::string_view ToString(BreakerState value);
core::Result<BreakerState> ParseBreakerState(std::string_view text);

struct CircuitBreakerConfig {
  static constexpr int kDefaultFailureThreshold = 3;
  static constexpr std::chrono::milliseconds kDefaultCooldown{5000};
  static constexpr std::chrono::milliseconds kDefaultMaxCooldown{60000};
  static constexpr std::chrono::milliseconds kDefaultAuthCooldown{600000};

  int failure_threshold = kDefaultFailureThreshold;
  std::chrono::milliseconds cooldown = kDefaultCooldown;
  std::chrono::milliseconds max_cooldown = kDefaultMaxCooldown;
  std::chrono::milliseconds auth_cooldown = kDefaultAuthCooldown;  // after 401/403
};

class CircuitBreaker {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;

  explicit CircuitBreaker(CircuitBreakerConfig config) : config_(config) {}

  // True when a request may go to the provider now. An open breaker whose cooldown has passed
  // becomes half-open and admits exactly one probe until that probe is recorded.
  bool AllowRequest(TimePoint now);
  void RecordSuccess();
  void RecordFailure(TimePoint now);
  // Releases a half-open probe whose outcome says nothing about the provider (cancelled, 400).
  void RecordNeutral();
  // Opens the breaker for `duration` regardless of the failure count.
  void OpenFor(std::chrono::milliseconds duration, TimePoint now);

  BreakerState State(TimePoint now) const;
  int consecutive_failures() const { return consecutive_failures_; }
  std::optional<TimePoint> open_until() const;

 private:
  CircuitBreakerConfig config_;
  BreakerState state_ = BreakerState::kClosed;
  int consecutive_failures_ = 0;
  TimePoint open_until_{};
  std::chrono::milliseconds current_cooldown_{0};
  bool probe_in_flight_ = false;
};

}  // namespace repopost::llm
