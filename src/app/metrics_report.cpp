#include "app/metrics_report.h"

#include <algorithm>
#include <cmath>

#include "core/clock.h"
#include "store/feedback_store.h"
#include "telemetry/drift_detector.h"
#include "telemetry/metrics_registry.h"
#include "telemetry/prometheus_text.h"

namespace repopost::app {
namespace {

telemetry::WindowSnapshot SnapshotOf(const store::DailyStats& day) {
  telemetry::WindowSnapshot snapshot;
  snapshot.mean_generation_seconds = day.mean_generation_ms / 1000.0;
  if (day.checked_versions > 0) snapshot.mean_safety_confidence = day.mean_safety_confidence;
  snapshot.unsupported_claim_rate = day.UnsupportedClaimShare();
  snapshot.policy_violations = static_cast<int>(day.policy_hits);
  snapshot.api_error_rate = day.ErrorRate();
  return snapshot;
}

}  // namespace

core::Result<MetricsReport> BuildMetricsReport(store::StatsStore& stats, int days,
                                               const telemetry::AlertThresholds& thresholds,
                                               std::chrono::system_clock::time_point now) {
  if (days < 1 || days > 3660) return core::Fail(core::ErrorCode::kUsage, "--days must be 1..3660");
  auto totals = stats.DailyTotals(now - std::chrono::hours(24) * days, now + std::chrono::hours(1));
  if (!totals) return tl::unexpected(totals.error());
  MetricsReport report;
  report.days = std::move(*totals);
  if (!report.days.empty())
    report.alerts = telemetry::CheckThresholds(SnapshotOf(report.days.back()), thresholds);
  return report;
}

nlohmann::json MetricsReportToJson(const MetricsReport& report) {
  nlohmann::json days = nlohmann::json::array();
  for (const auto& d : report.days) {
    nlohmann::json feedback = nlohmann::json::object();
    for (int i = 0; i < static_cast<int>(d.feedback.size()); ++i) {
      feedback[std::string(store::ToString(static_cast<store::FeedbackType>(i)))] = d.feedback[i];
    }
    days.push_back({{"day", d.day},
                    {"generations", d.generations},
                    {"mean_generation_ms", d.mean_generation_ms},
                    {"fallback_rate", d.FallbackRate()},
                    {"versions", d.versions},
                    {"unsupported_claim_share", d.UnsupportedClaimShare()},
                    {"policy_hits", d.policy_hits},
                    {"mean_safety_confidence", d.mean_safety_confidence},
                    {"feedback", feedback},
                    {"mean_rating", d.mean_rating},
                    {"attempts", d.attempts},
                    {"error_rate", d.ErrorRate()}});
  }
  nlohmann::json alerts = nlohmann::json::array();
  for (const auto& a : report.alerts) {
    alerts.push_back({{"metric", a.metric},
                      {"level", std::string(telemetry::ToString(a.level))},
                      {"value", a.value},
                      {"threshold", a.threshold},
                      {"message", a.message}});
  }
  return {{"days", days}, {"alerts", alerts}};
}

std::string MetricsReportToPrometheus(const MetricsReport& report) {
  telemetry::MetricsRegistry registry;
  const store::DailyStats today = report.days.empty() ? store::DailyStats{} : report.days.back();
  const auto gauge = [&](const std::string& name, const std::string& help, double value) {
    if (auto g = registry.AddGauge(name, help); g) (*g)->Default().Set(value);
  };
  gauge("repopost_day_generations", "Generations stored on the newest day",
        static_cast<double>(today.generations));
  gauge("repopost_day_generation_seconds_mean", "Mean generation time on the newest day",
        today.mean_generation_ms / 1000.0);
  gauge("repopost_day_fallback_ratio", "Share of generations whose provider chain fell back",
        today.FallbackRate());
  gauge("repopost_day_unsupported_claim_ratio",
        "Share of checked versions with an unsupported claim", today.UnsupportedClaimShare());
  gauge("repopost_day_policy_hits", "Policy hits on the newest day",
        static_cast<double>(today.policy_hits));
  gauge("repopost_day_safety_confidence_mean", "Mean safety confidence on the newest day",
        today.mean_safety_confidence);
  gauge("repopost_day_llm_error_ratio", "Share of LLM attempts that failed", today.ErrorRate());
  if (auto alerts = registry.AddGauge("repopost_alert_level",
                                      "Alert level per metric (0 ok, 1 warn, 2 alert)", {"metric"});
      alerts) {
    for (const auto& a : report.alerts)
      (*alerts)->WithLabels({a.metric}).Set(static_cast<double>(a.level));
  }
  return telemetry::PrometheusText(registry);
}

core::Result<SeriesReport> BuildSeriesReport(store::StatsStore& stats, int limit,
                                             const telemetry::AlertThresholds& thresholds) {
  auto points = stats.RecentGenerations(limit);
  if (!points) return tl::unexpected(points.error());
  SeriesReport report;
  report.points = std::move(*points);
  if (report.points.size() < kMinSeriesForDrift) return report;
  telemetry::AlertThresholds t = thresholds;
  t.baseline_points = std::min(t.baseline_points, report.points.size() / 2);
  t.psi_window = std::min(t.psi_window, std::max<std::size_t>(10, t.baseline_points));
  report.baseline_points = t.baseline_points;
  using Value = std::optional<double> (*)(const store::GenerationPoint&);
  const std::pair<const char*, Value> metrics[] = {
      {"quality_score", [](const store::GenerationPoint& p) { return p.quality_score; }},
      {"safety_confidence", [](const store::GenerationPoint& p) { return p.safety_confidence; }},
      {"generation_seconds",
       [](const store::GenerationPoint& p) {
         return std::optional<double>(static_cast<double>(p.duration_ms) / 1000.0);
       }},
  };
  for (const auto& [name, value_of] : metrics) {
    // Only the harmful direction is an alert: quality and safety falling, time rising.
    const bool rising_is_bad = std::string_view(name) == "generation_seconds";
    // The smallest shift worth an alert: template posts of one repository score the same every
    // time, so without a floor any change at all would be many sigmas.
    const auto min_effect = [&](double baseline_mean) {
      if (std::string_view(name) == "quality_score") return kMinQualityShift;
      if (std::string_view(name) == "safety_confidence") return kMinSafetyShift;
      return kMinTimeShiftShare * baseline_mean;
    };
    telemetry::DriftDetector detector(t);
    DriftEvent* open = nullptr;  // the episode in progress
    // The first point of the current run of points that are themselves shifted the harmful way:
    // the EWMA lags, so an episode is reported from where its values began to move.
    std::optional<std::size_t> run_start;
    for (std::size_t i = 0; i < report.points.size(); ++i) {
      const std::optional<double> value = value_of(report.points[i]);
      if (!value) continue;
      const telemetry::DriftReading reading = detector.Observe(*value);
      if (!detector.HasBaseline()) continue;
      const double mean = detector.baseline_mean();
      const auto harmful = [&](double x) {
        return (x > mean) == rising_is_bad && std::abs(x - mean) >= min_effect(mean);
      };
      run_start = harmful(*value) ? std::optional(run_start.value_or(i)) : std::nullopt;
      if (reading.level == telemetry::AlertLevel::kOk || !harmful(reading.ewma)) {
        open = nullptr;
        continue;
      }
      if (open) {
        open->level = std::max(open->level, reading.level);
        continue;
      }
      const std::size_t first = run_start.value_or(i);
      report.drift.push_back({name, first, report.points[first].generation_id, reading.level,
                              reading.reason, *value_of(report.points[first]), mean});
      open = &report.drift.back();
    }
  }
  return report;
}

nlohmann::json SeriesReportToJson(const SeriesReport& report) {
  const auto optional = [](const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
  };
  nlohmann::json points = nlohmann::json::array();
  for (const auto& p : report.points) {
    points.push_back({{"id", p.generation_id},
                      {"created_at", core::FormatIso8601(p.created_at)},
                      {"duration_ms", p.duration_ms},
                      {"writer", p.writer_tier},
                      {"fell_back", p.fell_back},
                      {"quality_score", optional(p.quality_score)},
                      {"safety_confidence", optional(p.safety_confidence)},
                      {"unsupported_claims", p.unsupported_claims},
                      {"policy_hits", p.policy_hits}});
  }
  nlohmann::json drift = nlohmann::json::array();
  for (const auto& d : report.drift) {
    drift.push_back({{"metric", d.metric},
                     {"index", d.index},
                     {"generation_id", d.generation_id},
                     {"level", std::string(telemetry::ToString(d.level))},
                     {"reason", d.reason},
                     {"value", d.value},
                     {"baseline_mean", d.baseline_mean}});
  }
  return {{"points", points},
          {"baseline_points", report.baseline_points},
          {"min_points_for_drift", kMinSeriesForDrift},
          {"drift", drift}};
}

}  // namespace repopost::app
