// DriftDetector: watches one metric stream (e.g. generation seconds, safety confidence) against a
// baseline formed by its first `baseline_points` values, with three detectors:
//   - EWMA of the values, with control limits in baseline standard deviations (mean shifts);
//   - two-sided CUSUM (sustained small shifts of the mean);
//   - PSI of the last `psi_window` values against the baseline's quantile bins (distribution).
// Observe() returns the worst level of the three. Not thread-safe (one stream, one owner).
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <vector>

#include "telemetry/alert_thresholds.h"

namespace repopost::telemetry {

// Population stability index of `current` against `baseline`, binned at the baseline's
// quantiles; empty bins are smoothed with a small epsilon. 0 for identical distributions.
double PopulationStabilityIndex(const std::vector<double>& baseline,
                                const std::vector<double>& current, std::size_t bins);

struct DriftReading {
  AlertLevel level = AlertLevel::kOk;
  double ewma = 0.0;
  double ewma_z = 0.0;      // (ewma - baseline mean) / ewma sigma
  double cusum_high = 0.0;  // in baseline sigmas
  double cusum_low = 0.0;
  double psi = 0.0;
  std::string reason;  // which detector fired, "" when ok
};

class DriftDetector {
 public:
  explicit DriftDetector(const AlertThresholds& thresholds) : t_(thresholds) {}

  DriftReading Observe(double value);
  bool HasBaseline() const { return has_baseline_; }
  double baseline_mean() const { return mean_; }
  double baseline_sigma() const { return sigma_; }

 private:
  void FinishBaseline();

  AlertThresholds t_;
  std::vector<double> baseline_;
  bool has_baseline_ = false;
  double mean_ = 0.0, sigma_ = 0.0;
  double ewma_ = 0.0;
  std::size_t steps_ = 0;
  double cusum_high_ = 0.0, cusum_low_ = 0.0;
  std::deque<double> recent_;
};

}  // namespace repopost::telemetry
