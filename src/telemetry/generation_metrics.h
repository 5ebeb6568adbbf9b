// GenerationMetrics: the standard repopost metric families on a MetricsRegistry, with one
// Observe call per event. The server's GET /metrics renders the registry with PrometheusText.
//
//   telemetry::MetricsRegistry registry;
//   auto metrics = telemetry::GenerationMetrics::Register(registry);
//   metrics->ObserveGeneration(record);  metrics->ObserveAlerts(CheckThresholds(window, t));
//
// Thread-safe (the families are).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/result.h"
#include "telemetry/alert_thresholds.h"
#include "telemetry/drift_detector.h"
#include "telemetry/generation_log.h"
#include "telemetry/metrics_registry.h"

namespace repopost::telemetry {

class GenerationMetrics {
 public:
  // kInternal when the registry already holds one of the names.
  static core::Result<std::unique_ptr<GenerationMetrics>> Register(MetricsRegistry& registry);

  void ObserveGeneration(const GenerationRecord& record);
  void ObserveAttempt(const AttemptRecord& record);
  void ObserveFeedback(const std::string& type, std::optional<int> rating);
  void ObserveApiRequest(int http_status);
  void ObserveLogFailure();
  // Sets repopost_alert_level{metric} (0 ok, 1 warn, 2 alert) for each alert; metrics that were
  // alerting before and are absent now go back to 0.
  void ObserveAlerts(const std::vector<Alert>& alerts);
  void ObserveDrift(const std::string& metric, const DriftReading& reading);

 private:
  GenerationMetrics() = default;
  CounterFamily* generations_ = nullptr;
  HistogramFamily* generation_seconds_ = nullptr;
  CounterFamily* fallbacks_ = nullptr;
  CounterFamily* unsupported_posts_ = nullptr;
  CounterFamily* policy_hits_ = nullptr;
  HistogramFamily* safety_confidence_ = nullptr;
  HistogramFamily* quality_score_ = nullptr;
  CounterFamily* attempts_ = nullptr;
  HistogramFamily* attempt_seconds_ = nullptr;
  CounterFamily* tokens_ = nullptr;
  CounterFamily* feedback_ = nullptr;
  CounterFamily* api_requests_ = nullptr;
  CounterFamily* log_failures_ = nullptr;
  GaugeFamily* alert_level_ = nullptr;
  GaugeFamily* drift_ewma_z_ = nullptr;
  GaugeFamily* drift_psi_ = nullptr;
  std::mutex alerts_mutex_;
  std::vector<std::string> alerting_;
};

}  // namespace repopost::telemetry
