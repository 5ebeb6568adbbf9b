// A fixed clock and a sleeper that advances it, so router tests run instantly and never depend
// on wall-clock time.
#pragma once

#include <chrono>
#include <vector>

#include "core/clock.h"
#include "llm/sleeper.h"

namespace repopost::llm {

class FakeClock final : public core::Clock {
 public:
  std::chrono::system_clock::time_point Now() const override {
    return std::chrono::system_clock::time_point(std::chrono::hours(24 * 365 * 56)) + offset_;
  }
  std::chrono::steady_clock::time_point Monotonic() const override {
    return std::chrono::steady_clock::time_point(std::chrono::hours(1)) + offset_;
  }
  void Advance(std::chrono::milliseconds by) { offset_ += by; }

 private:
  std::chrono::milliseconds offset_{0};
};

class FakeSleeper final : public Sleeper {
 public:
  explicit FakeSleeper(FakeClock& clock) : clock_(clock) {}
  void SleepFor(std::chrono::milliseconds duration, const CancelToken*) override {
    sleeps.push_back(duration);
    clock_.Advance(duration);
  }
  std::vector<std::chrono::milliseconds> sleeps;

 private:
  FakeClock& clock_;
};

}  // namespace repopost::llm
