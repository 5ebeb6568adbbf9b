// Clock: the one seam for time, so tests can fix it.
#pragma once

#include <chrono>
#include <string>

namespace repopost::core {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual std::chrono::system_clock::time_point Now() const = 0;
  virtual std::chrono::steady_clock::time_point Monotonic() const = 0;
};

class SystemClock final : public Clock {
 public:
  std::chrono::system_clock::time_point Now() const override {
    return std::chrono::system_clock::now();
  }
  std::chrono::steady_clock::time_point Monotonic() const override {
    return std::chrono::steady_clock::now();
  }
};

// "2026-11-24T10:15:30Z" for a time point (UTC, second precision).
std::string FormatIso8601(std::chrono::system_clock::time_point time);
// "2026-11-24" for seconds since the epoch (UTC).
std::string FormatIsoDate(long long epoch_seconds);

}  // namespace repopost::core
