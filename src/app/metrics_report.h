// MetricsReport: per-day totals and rates from the store, the alerts the latest day raises
// against the configured thresholds, and drift of the daily series against their baseline.
// Shown by `repopost metrics` (text, JSON, or Prometheus text).
#pragma once

#include <chrono>
#include <cstddef>
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

// The dashboard's per-generation series (quality, safety confidence and time of each
// generation's first version, oldest first) and where drift detection flagged them.
struct DriftEvent {
  std::string metric;     // "quality_score" | "safety_confidence" | "generation_seconds"
  std::size_t index = 0;  // into SeriesReport::points: the first point of the episode
  std::string generation_id;
  telemetry::AlertLevel level = telemetry::AlertLevel::kWarn;  // the worst level of the episode
  std::string reason;  // the detector that fired first: "ewma" | "cusum" | "psi"
  double value = 0.0;  // the metric's value at `index`
  double baseline_mean = 0.0;
};

struct SeriesReport {
  std::vector<store::GenerationPoint> points;  // oldest first
  std::size_t baseline_points = 0;  // 0 = too few points to form a baseline (drift not checked)
  // One per episode of consecutive non-ok readings in the harmful direction (quality or safety
  // falling, generation time rising); improvements are not alerts.
  std::vector<DriftEvent> drift;
};

// Needs at least kMinSeriesForDrift points for drift detection; the baseline is the first half
// of the series, capped at thresholds.baseline_points.
inline constexpr std::size_t kMinSeriesForDrift = 20;
// Shifts of the EWMA from the baseline mean smaller than these are never drift: 2.5 quality
// points, 0.05 safety confidence, a quarter of the baseline's generation time.
inline constexpr double kMinQualityShift = 2.5;
inline constexpr double kMinSafetyShift = 0.05;
inline constexpr double kMinTimeShiftShare = 0.25;
core::Result<SeriesReport> BuildSeriesReport(store::StatsStore& stats, int limit,
                                             const telemetry::AlertThresholds& thresholds);
nlohmann::json SeriesReportToJson(const SeriesReport& report);
// Prometheus text exposition of the newest day's totals and rates plus alert levels.
std::string MetricsReportToPrometheus(const MetricsReport& report);

}  // namespace repopost::app
