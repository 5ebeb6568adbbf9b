// The drift detector on replayed series with an injected shift: it stays quiet (no alert) on the
// baseline regime and alerts within a bounded number of points after the shift. The delays are
// printed and recorded as test properties for the report.
#include "telemetry/drift_detector.h"

#include <gtest/gtest.h>

#include <iostream>
#include <random>

namespace repopost::telemetry {
namespace {

struct Replay {
  int first_alert = -1;  // index of the first alert, -1 if none
  int alerts_before_shift = 0;
  std::string reason;
};

// 300 baseline-regime points, then `after` shifted points; detection starts after 200.
Replay RunReplay(double mean, double sigma, double shifted_mean, double shifted_sigma,
                 std::uint32_t seed, const AlertThresholds& thresholds = {}) {
  std::mt19937 rng(seed);
  std::normal_distribution<double> before(mean, sigma), after(shifted_mean, shifted_sigma);
  DriftDetector detector(thresholds);
  Replay out;
  constexpr int kShiftAt = 300, kTotal = 500;
  for (int i = 0; i < kTotal; ++i) {
    double value = i < kShiftAt ? before(rng) : after(rng);
    DriftReading reading = detector.Observe(value);
    if (reading.level != AlertLevel::kAlert) continue;
    if (i < kShiftAt) {
      ++out.alerts_before_shift;
    } else if (out.first_alert < 0) {
      out.first_alert = i - kShiftAt;
      out.reason = reading.reason;
    }
  }
  return out;
}

TEST(DriftDetector, AlertsSoonAfterAMeanShiftOfGenerationTime) {
  // Generation seconds ~ N(4, 1); the provider slows down to N(6, 1) (a 2-sigma shift).
  Replay replay = RunReplay(4.0, 1.0, 6.0, 1.0, 7);
  std::cout << "generation_seconds 2-sigma shift: first alert " << replay.first_alert
            << " points after the shift (" << replay.reason << ")\n";
  ::testing::Test::RecordProperty("mean_shift_delay", replay.first_alert);
  EXPECT_EQ(replay.alerts_before_shift, 0);
  ASSERT_GE(replay.first_alert, 0);
  EXPECT_LE(replay.first_alert, 10);
}

TEST(DriftDetector, CatchesASmallSustainedShiftThroughCusum) {
  // Safety confidence ~ N(0.85, 0.05) drifting to N(0.80, 0.05) (a 1-sigma shift).
  Replay replay = RunReplay(0.85, 0.05, 0.80, 0.05, 11);
  std::cout << "safety_confidence 1-sigma shift: first alert " << replay.first_alert
            << " points after the shift (" << replay.reason << ")\n";
  ::testing::Test::RecordProperty("small_shift_delay", replay.first_alert);
  EXPECT_EQ(replay.alerts_before_shift, 0);
  ASSERT_GE(replay.first_alert, 0);
  EXPECT_LE(replay.first_alert, 40);
}

TEST(DriftDetector, CatchesAVarianceChangeThroughPsi) {
  // Same mean, three times the spread: invisible to mean detectors at first, visible to PSI.
  AlertThresholds thresholds;
  thresholds.ewma_alert_sigmas = 1e9;  // isolate PSI
  thresholds.cusum_alert_sigmas = 1e9;
  Replay replay = RunReplay(10.0, 1.0, 10.0, 3.0, 5, thresholds);
  std::cout << "variance x3: first PSI alert " << replay.first_alert << " points after the shift\n";
  ::testing::Test::RecordProperty("variance_shift_delay", replay.first_alert);
  EXPECT_EQ(replay.alerts_before_shift, 0);
  ASSERT_GE(replay.first_alert, 0);
  EXPECT_EQ(replay.reason, "psi");
  EXPECT_LE(replay.first_alert, 100);  // within one PSI window
}

TEST(PopulationStabilityIndex, IsZeroForTheSameSampleAndGrowsWithShift) {
  std::vector<double> base, same, moved;
  for (int i = 0; i < 1000; ++i) {
    base.push_back(i % 100);
    same.push_back(i % 100);
    moved.push_back(i % 100 + 30);
  }
  EXPECT_NEAR(PopulationStabilityIndex(base, same, 10), 0.0, 1e-12);
  EXPECT_GT(PopulationStabilityIndex(base, moved, 10), 0.25);
  EXPECT_EQ(PopulationStabilityIndex({}, same, 10), 0.0);
}

TEST(CheckThresholds, UsesTheConfiguredDefaults) {
  AlertThresholds t;
  WindowSnapshot healthy{3.0, 0.9, 0.02, 0, 0.01, {}};
  EXPECT_TRUE(CheckThresholds(healthy, t).empty());

  WindowSnapshot slow = healthy;
  slow.mean_generation_seconds = 16.0;
  auto warn = CheckThresholds(slow, t);
  ASSERT_EQ(warn.size(), 1u);
  EXPECT_EQ(warn[0].level, AlertLevel::kWarn);
  slow.mean_generation_seconds = 21.0;
  EXPECT_EQ(CheckThresholds(slow, t)[0].level, AlertLevel::kAlert);

  WindowSnapshot bad{1.0, 0.45, 0.12, 1, 0.06, {"groq"}};
  auto alerts = CheckThresholds(bad, t);
  std::vector<std::string> metrics;
  for (const auto& a : alerts) {
    EXPECT_EQ(a.level, AlertLevel::kAlert);
    metrics.push_back(a.metric);
  }
  EXPECT_EQ(metrics,
            (std::vector<std::string>{"safety_confidence", "unsupported_claim_rate",
                                      "policy_violations", "provider:groq", "api_error_rate"}));
  EXPECT_NE(alerts[1].message.find("12%"), std::string::npos) << alerts[1].message;
}

}  // namespace
}  // namespace repopost::telemetry
