// AlertThresholds: the alert levels of the metrics monitor, from the `[telemetry.alerts]` config
// section; every field has a named default (ISSUE 5 item 5).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::telemetry {

enum class AlertLevel { kOk, kWarn, kAlert };
std::string_view ToString(AlertLevel value);
std::optional<AlertLevel> ParseAlertLevel(std::string_view text);

struct AlertThresholds {
  static constexpr double kGenerationSecondsWarn = 15.0;
  static constexpr double kGenerationSecondsAlert = 20.0;
  static constexpr double kSafetyConfidenceAlertBelow = 0.5;
  static constexpr double kUnsupportedClaimRateAlert = 0.10;
  static constexpr double kApiErrorRateAlert = 0.05;

  double generation_seconds_warn = kGenerationSecondsWarn;    // mean over the window, above
  double generation_seconds_alert = kGenerationSecondsAlert;  // mean over the window, above
  double safety_confidence_alert_below = kSafetyConfidenceAlertBelow;
  double unsupported_claim_rate_alert = kUnsupportedClaimRateAlert;  // share of posts, above
  int policy_violations_alert = 1;                                   // at least this many
  double api_error_rate_alert = kApiErrorRateAlert;                  // share of calls, above

  // Drift against the baseline (DriftDetector).
  std::size_t baseline_points = 200;  // points that form the baseline before detection starts
  double ewma_lambda = 0.2;           // EWMA smoothing weight of the newest point
  double ewma_warn_sigmas = 2.0;      // EWMA control limits, in baseline standard deviations
  double ewma_alert_sigmas = 3.0;
  double cusum_slack_sigmas = 0.5;  // CUSUM k: shifts smaller than this are ignored
  double cusum_alert_sigmas = 5.0;  // CUSUM h: the decision interval
  std::size_t psi_window = 100;     // recent points compared with the baseline distribution
  std::size_t psi_bins = 5;
  double psi_warn = 0.1;
  double psi_alert = 0.25;
};

// What the monitor sees over the current window.
struct WindowSnapshot {
  double mean_generation_seconds = 0.0;
  std::optional<double> mean_safety_confidence;  // nullopt when nothing was checked
  double unsupported_claim_rate = 0.0;
  int policy_violations = 0;
  double api_error_rate = 0.0;
  std::vector<std::string> degraded_providers;  // providers whose health is degraded or open
};

struct Alert {
  std::string metric;  // "generation_seconds", "safety_confidence", …, "provider:groq"
  AlertLevel level = AlertLevel::kOk;
  double value = 0.0;
  double threshold = 0.0;
  std::string message;  // one sentence
};

// Every threshold the snapshot crosses (warn or alert), in a fixed order; empty when healthy.
std::vector<Alert> CheckThresholds(const WindowSnapshot& snapshot,
                                   const AlertThresholds& thresholds);

}  // namespace repopost::telemetry
