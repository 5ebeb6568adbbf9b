#include "llm/circuit_breaker.h"

#include <algorithm>
#include <string>

#include "core/enum_table.h"

namespace repopost::llm {
namespace {

constexpr core::EnumTable<BreakerState, 3> kStates{{{{BreakerState::kClosed, "closed"},
                                                     {BreakerState::kOpen, "open"},
                                                     {BreakerState::kHalfOpen, "half-open"}}}};

}  // namespace

std::string_view ToString(BreakerState value) { return kStates.Name(value); }

core::Result<BreakerState> ParseBreakerState(std::string_view text) {
  if (auto state = kStates.Find(text)) return *state;
  return core::Fail(core::ErrorCode::kInput, "unknown breaker state \"" + std::string(text) +
                                                 "\" (expected " + kStates.Choices() + ")");
}

bool CircuitBreaker::AllowRequest(TimePoint now) {
  if (state_ == BreakerState::kClosed) return true;
  if (state_ == BreakerState::kOpen) {
    if (now < open_until_) return false;
    state_ = BreakerState::kHalfOpen;
    probe_in_flight_ = false;
  }
  if (probe_in_flight_) return false;
  probe_in_flight_ = true;
  return true;
}

void CircuitBreaker::RecordSuccess() {
  state_ = BreakerState::kClosed;
  consecutive_failures_ = 0;
  current_cooldown_ = std::chrono::milliseconds(0);
  probe_in_flight_ = false;
}

void CircuitBreaker::RecordFailure(TimePoint now) {
  ++consecutive_failures_;
  if (state_ == BreakerState::kHalfOpen) {
    auto doubled = std::max(config_.cooldown, current_cooldown_ * 2);
    OpenFor(std::min(doubled, config_.max_cooldown), now);
    return;
  }
  if (state_ == BreakerState::kClosed && consecutive_failures_ >= config_.failure_threshold) {
    OpenFor(config_.cooldown, now);
  }
}

void CircuitBreaker::RecordNeutral() { probe_in_flight_ = false; }

void CircuitBreaker::OpenFor(std::chrono::milliseconds duration, TimePoint now) {
  state_ = BreakerState::kOpen;
  current_cooldown_ = duration;
  open_until_ = std::max(open_until_, now + duration);
  probe_in_flight_ = false;
}

BreakerState CircuitBreaker::State(TimePoint now) const {
  if (state_ == BreakerState::kOpen && now >= open_until_) return BreakerState::kHalfOpen;
  return state_;
}

std::optional<CircuitBreaker::TimePoint> CircuitBreaker::open_until() const {
  if (state_ != BreakerState::kOpen) return std::nullopt;
  return open_until_;
}

}  // namespace repopost::llm
