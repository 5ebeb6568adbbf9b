#include "app/metrics_report.h"

#include "store/feedback_store.h"
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

}  // namespace repopost::app
