#include "llm/retry_policy.h"

#include <algorithm>
#include <cmath>

namespace repopost::llm {
namespace {

std::uint64_t SeedFrom(std::uint64_t seed) {
  if (seed != 0) return seed;
  std::random_device device;
  return (static_cast<std::uint64_t>(device()) << 32) ^ device();
}

std::string Ms(std::chrono::milliseconds value) { return std::to_string(value.count()) + " ms"; }

}  // namespace

RetryPolicy::RetryPolicy(RetryPolicyConfig config)
    : config_(config), random_(SeedFrom(config.seed)) {}

std::chrono::milliseconds RetryPolicy::BaseBackoff(int retry) const {
  double delay = static_cast<double>(config_.initial_backoff.count()) *
                 std::pow(config_.backoff_multiplier, std::max(0, retry - 1));
  delay = std::min(delay, static_cast<double>(config_.max_backoff.count()));
  return std::chrono::milliseconds(static_cast<long long>(delay));
}

RetryDecision RetryPolicy::AfterFailure(int attempts_so_far, const LlmError& error) {
  RetryDecision decision;
  const std::string what(ToString(error.status));
  if (!ShouldRetry(error.status)) {
    decision.reason = what + " is not retryable";
    return decision;
  }
  if (error.retry_after && *error.retry_after > config_.retry_after_cap) {
    decision.cooldown = *error.retry_after;
    decision.reason = "Retry-After " + Ms(*error.retry_after) + " exceeds the cap of " +
                      Ms(config_.retry_after_cap) + "; cooling the provider down";
    return decision;
  }
  if (attempts_so_far >= config_.max_attempts) {
    decision.reason = what + " after " + std::to_string(attempts_so_far) + " attempts";
    return decision;
  }
  decision.retry = true;
  if (error.retry_after) {
    decision.delay = *error.retry_after;
    decision.reason = "retry in " + Ms(decision.delay) + " as Retry-After asked, after " + what;
  } else {
    double factor = 1.0;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      std::uniform_real_distribution<double> jitter(1.0 - config_.jitter_fraction, 1.0);
      factor = jitter(random_);
    }
    decision.delay = std::chrono::milliseconds(
        static_cast<long long>(static_cast<double>(BaseBackoff(attempts_so_far).count()) * factor));
    decision.reason = "retry in " + Ms(decision.delay) + " after " + what;
  }
  decision.reason += " (attempt " + std::to_string(attempts_so_far) + " of " +
                     std::to_string(config_.max_attempts) + ")";
  return decision;
}

}  // namespace repopost::llm
