#include "telemetry/alert_thresholds.h"

#include <cstdio>

#include "core/enum_table.h"

namespace repopost::telemetry {
namespace {

constexpr core::EnumTable<AlertLevel, 3> kLevels{
    {{{AlertLevel::kOk, "ok"}, {AlertLevel::kWarn, "warn"}, {AlertLevel::kAlert, "alert"}}}};

std::string Format(const char* pattern, double a, double b) {
  char buffer[200];
  std::snprintf(buffer, sizeof(buffer), pattern, a, b);
  return buffer;
}

}  // namespace

std::string_view ToString(AlertLevel value) { return kLevels.Name(value); }
std::optional<AlertLevel> ParseAlertLevel(std::string_view text) { return kLevels.Find(text); }

std::vector<Alert> CheckThresholds(const WindowSnapshot& s, const AlertThresholds& t) {
  std::vector<Alert> alerts;
  if (s.mean_generation_seconds > t.generation_seconds_alert) {
    alerts.push_back({"generation_seconds", AlertLevel::kAlert, s.mean_generation_seconds,
                      t.generation_seconds_alert,
                      Format("mean generation time %.1f s is above %.1f s",
                             s.mean_generation_seconds, t.generation_seconds_alert)});
  } else if (s.mean_generation_seconds > t.generation_seconds_warn) {
    alerts.push_back({"generation_seconds", AlertLevel::kWarn, s.mean_generation_seconds,
                      t.generation_seconds_warn,
                      Format("mean generation time %.1f s is above %.1f s",
                             s.mean_generation_seconds, t.generation_seconds_warn)});
  }
  if (s.mean_safety_confidence && *s.mean_safety_confidence < t.safety_confidence_alert_below) {
    alerts.push_back({"safety_confidence", AlertLevel::kAlert, *s.mean_safety_confidence,
                      t.safety_confidence_alert_below,
                      Format("mean safety confidence %.2f is below %.2f", *s.mean_safety_confidence,
                             t.safety_confidence_alert_below)});
  }
  if (s.unsupported_claim_rate > t.unsupported_claim_rate_alert) {
    alerts.push_back(
        {"unsupported_claim_rate", AlertLevel::kAlert, s.unsupported_claim_rate,
         t.unsupported_claim_rate_alert,
         Format("%.0f%% of posts had an unsupported claim (limit %.0f%%)",
                100 * s.unsupported_claim_rate, 100 * t.unsupported_claim_rate_alert)});
  }
  if (s.policy_violations >= t.policy_violations_alert) {
    alerts.push_back({"policy_violations", AlertLevel::kAlert,
                      static_cast<double>(s.policy_violations),
                      static_cast<double>(t.policy_violations_alert),
                      Format("%.0f policy violations in the window (alert at %.0f)",
                             s.policy_violations, t.policy_violations_alert)});
  }
  for (const auto& provider : s.degraded_providers) {
    alerts.push_back({"provider:" + provider, AlertLevel::kAlert, 1.0, 1.0,
                      "the provider " + provider + " is degraded"});
  }
  if (s.api_error_rate > t.api_error_rate_alert) {
    alerts.push_back({"api_error_rate", AlertLevel::kAlert, s.api_error_rate,
                      t.api_error_rate_alert,
                      Format("%.1f%% of provider calls failed (limit %.1f%%)",
                             100 * s.api_error_rate, 100 * t.api_error_rate_alert)});
  }
  return alerts;
}

}  // namespace repopost::telemetry
