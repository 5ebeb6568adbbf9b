// Sleeper: the seam for waiting between retries, so router tests run instantly (a fake sleeper
// advances a fake clock instead of blocking).
#pragma once

#include <algorithm>
#include <chrono>
#include <thread>

#include "llm/cancel_token.h"

namespace repopost::llm {

class Sleeper {
 public:
  virtual ~Sleeper() = default;
  // Waits `duration` or until `cancel` (may be null) fires, whichever is first.
  virtual void SleepFor(std::chrono::milliseconds duration, const CancelToken* cancel) = 0;
};

// Sleeps in slices of at most 10 ms so cancellation is noticed promptly.
class RealSleeper final : public Sleeper {
 public:
  void SleepFor(std::chrono::milliseconds duration, const CancelToken* cancel) override {
    const auto deadline = std::chrono::steady_clock::now() + duration;
    while (std::chrono::steady_clock::now() < deadline) {
      if (cancel != nullptr && cancel->IsCancelled()) return;
      auto left = deadline - std::chrono::steady_clock::now();
      std::this_thread::sleep_for(
          std::min<std::chrono::steady_clock::duration>(left, std::chrono::milliseconds(10)));
    }
  }
};

}  // namespace repopost::llm
