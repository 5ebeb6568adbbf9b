#include "telemetry/drift_detector.h"

#include <algorithm>
#include <cmath>

namespace repopost::telemetry {
namespace {

constexpr double kPsiEpsilon = 1e-4;
constexpr double kMinSigma = 1e-9;

}  // namespace

double PopulationStabilityIndex(const std::vector<double>& baseline,
                                const std::vector<double>& current, std::size_t bins) {
  if (baseline.empty() || current.empty() || bins < 2) return 0.0;
  std::vector<double> sorted = baseline;
  std::sort(sorted.begin(), sorted.end());
  std::vector<double> edges;  // inner bin edges at baseline quantiles, deduplicated
  for (std::size_t b = 1; b < bins; ++b) {
    double edge = sorted[std::min(sorted.size() - 1, b * sorted.size() / bins)];
    if (edges.empty() || edge > edges.back()) edges.push_back(edge);
  }
  auto shares = [&](const std::vector<double>& values) {
    std::vector<double> counts(edges.size() + 1, 0.0);
    for (double v : values) {
      counts[std::upper_bound(edges.begin(), edges.end(), v) - edges.begin()] += 1.0;
    }
    for (double& c : counts) c = std::max(c / static_cast<double>(values.size()), kPsiEpsilon);
    return counts;
  };
  std::vector<double> expected = shares(baseline), actual = shares(current);
  double psi = 0.0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    psi += (actual[i] - expected[i]) * std::log(actual[i] / expected[i]);
  }
  return psi;
}

void DriftDetector::FinishBaseline() {
  double sum = 0.0;
  for (double v : baseline_) sum += v;
  mean_ = sum / static_cast<double>(baseline_.size());
  double squares = 0.0;
  for (double v : baseline_) squares += (v - mean_) * (v - mean_);
  sigma_ = std::max(std::sqrt(squares / std::max<double>(1.0, baseline_.size() - 1.0)), kMinSigma);
  ewma_ = mean_;
  has_baseline_ = true;
}

DriftReading DriftDetector::Observe(double value) {
  DriftReading reading;
  if (!has_baseline_) {
    baseline_.push_back(value);
    if (baseline_.size() >= std::max<std::size_t>(2, t_.baseline_points)) FinishBaseline();
    reading.ewma = value;
    return reading;
  }
  ++steps_;
  double lambda = t_.ewma_lambda;
  ewma_ = lambda * value + (1.0 - lambda) * ewma_;
  double ewma_sigma =
      sigma_ * std::sqrt(lambda / (2.0 - lambda) * (1.0 - std::pow(1.0 - lambda, 2.0 * steps_)));
  reading.ewma = ewma_;
  reading.ewma_z = (ewma_ - mean_) / ewma_sigma;

  double z = (value - mean_) / sigma_;
  cusum_high_ = std::max(0.0, cusum_high_ + z - t_.cusum_slack_sigmas);
  cusum_low_ = std::max(0.0, cusum_low_ - z - t_.cusum_slack_sigmas);
  reading.cusum_high = cusum_high_;
  reading.cusum_low = cusum_low_;

  recent_.push_back(value);
  if (recent_.size() > t_.psi_window) recent_.pop_front();
  if (recent_.size() == t_.psi_window) {
    reading.psi =
        PopulationStabilityIndex(baseline_, {recent_.begin(), recent_.end()}, t_.psi_bins);
  }

  auto raise = [&](AlertLevel level, std::string reason) {
    if (level > reading.level) {
      reading.level = level;
      reading.reason = std::move(reason);
    }
  };
  double abs_z = std::fabs(reading.ewma_z);
  if (abs_z > t_.ewma_alert_sigmas)
    raise(AlertLevel::kAlert, "ewma");
  else if (abs_z > t_.ewma_warn_sigmas)
    raise(AlertLevel::kWarn, "ewma");
  if (std::max(cusum_high_, cusum_low_) > t_.cusum_alert_sigmas) raise(AlertLevel::kAlert, "cusum");
  if (reading.psi > t_.psi_alert)
    raise(AlertLevel::kAlert, "psi");
  else if (reading.psi > t_.psi_warn)
    raise(AlertLevel::kWarn, "psi");
  return reading;
}

}  // namespace repopost::telemetry
