// RequestMetrics: the server's own counters (requests by route and status, request latency)
// rendered in the Prometheus text format for GET /metrics. When the telemetry stage's registry
// is linked, its exposition is appended after these series.
//
// Thread-safe.
#pragma once

#include <array>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace repopost::server {

class RequestMetrics {
 public:
  void Record(std::string_view route, int status, std::chrono::microseconds latency);
  void RecordGeneration(std::chrono::microseconds elapsed);
  std::string Render() const;

 private:
  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,  0.1,    0.25,  1.0,  5.0};
  struct Histogram {
    std::array<long long, kBuckets.size()> counts{};
    long long count = 0;
    double sum = 0;
    void Observe(double seconds);
  };
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, long long> requests_;
  std::map<std::string, Histogram> latency_;
  Histogram generation_;
};

}  // namespace repopost::server
