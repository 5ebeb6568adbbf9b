// RateLimiter: token buckets keyed by caller (API key name or client address). Each bucket holds
// `burst` tokens and refills at `per_second`; a request takes one token or is refused with the
// time until the next token. Thread-safe (one mutex; buckets are tiny).
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/clock.h"

namespace repopost::server {

struct RateLimit {
  double per_second = 20.0;  // 0 disables the limit
  double burst = 40.0;
};

class RateLimiter {
 public:
  RateLimiter(RateLimit limit, const core::Clock& clock);
  // nullopt when allowed; otherwise how long until a token is available (at least 1 s).
  std::optional<std::chrono::seconds> Take(const std::string& key);

 private:
  struct Bucket {
    double tokens = 0;
    std::chrono::steady_clock::time_point updated;
  };
  RateLimit limit_;
  const core::Clock& clock_;
  std::mutex mutex_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace repopost::server
