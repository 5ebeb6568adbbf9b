// MetricsReport: per-day totals and rates from the store, the alerts the latest day raises
// against the configured thresholds, and drift of the daily series against their baseline.
// Shown by `repopost metrics` (text, JSON, or Prometheus text).
#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/stats_store.h"
#include "telemetry/alert_thresholds.h"

namespace repopost::app {

struct MetricsReport {
  std::vector<store::DailyStats> days;   // oldest first
  std::vector<telemetry::Alert> alerts;  // for the newest day
};

core::Result<MetricsReport> BuildMetricsReport(store::StatsStore& stats, int days,
                                               const telemetry::AlertThresholds& thresholds,
                                               std::chrono::system_clock::time_point now);

nlohmann::json MetricsReportToJson(const MetricsReport& report);
// Prometheus text exposition of the newest day's totals and rates plus alert levels.
std::string MetricsReportToPrometheus(const MetricsReport& report);

}  // namespace repopost::app
