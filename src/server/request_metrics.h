// RequestMetrics: the server's own counters (requests by route and status, request latency) and
// the telemetry stage's generation families (generations by writer, generation time, quality,
// safety confidence, fallbacks, drift of quality, safety and time against their baseline), all
// rendered in the Prometheus text format for GET /metrics.
//
// Thread-safe.
#pragma once

#include <array>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include "telemetry/drift_detector.h"
#include "telemetry/generation_log.h"
#include "telemetry/generation_metrics.h"
#include "telemetry/metrics_registry.h"

namespace repopost::server {

class RequestMetrics {
 public:
  RequestMetrics();

  void Record(std::string_view route, int status, std::chrono::microseconds latency);
  // Every generation the server stores (API, stream or batch item).
  void RecordGeneration(const telemetry::GenerationRecord& record);
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
  telemetry::MetricsRegistry registry_;
  std::unique_ptr<telemetry::GenerationMetrics> generations_;  // over registry_
  telemetry::DriftDetector quality_drift_{telemetry::AlertThresholds{}};
  telemetry::DriftDetector safety_drift_{telemetry::AlertThresholds{}};
  telemetry::DriftDetector seconds_drift_{telemetry::AlertThresholds{}};
};

}  // namespace repopost::server
