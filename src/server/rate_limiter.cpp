#include "server/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace repopost::server {
namespace {
constexpr std::size_t kMaxBuckets = 100000;  // bounds memory under address spraying
}

RateLimiter::RateLimiter(RateLimit limit, const core::Clock& clock)
    : limit_(limit), clock_(clock) {}

std::optional<std::chrono::seconds> RateLimiter::Take(const std::string& key) {
  if (limit_.per_second <= 0) return std::nullopt;
  const auto now = clock_.Monotonic();
  std::lock_guard lock(mutex_);
  if (buckets_.size() > kMaxBuckets) buckets_.clear();
  auto [it, inserted] = buckets_.try_emplace(key, Bucket{limit_.burst, now});
  Bucket& bucket = it->second;
  const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
  bucket.tokens = std::min(limit_.burst, bucket.tokens + elapsed * limit_.per_second);
  bucket.updated = now;
  if (bucket.tokens >= 1.0) {
    bucket.tokens -= 1.0;
    return std::nullopt;
  }
  const double wait = (1.0 - bucket.tokens) / limit_.per_second;
  return std::chrono::seconds(std::max<long long>(1, static_cast<long long>(std::ceil(wait))));
}

}  // namespace repopost::server
