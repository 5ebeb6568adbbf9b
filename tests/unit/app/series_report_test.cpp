// The dashboard's series report over a StatsStore that returns a scripted series: drift episodes
// are reported where they begin, only in the harmful direction and only past a minimum shift.
#include <gtest/gtest.h>

#include <vector>

#include "app/metrics_report.h"

namespace repopost::app {
namespace {

class ScriptedStats final : public store::StatsStore {
 public:
  explicit ScriptedStats(std::vector<store::GenerationPoint> points) : points_(std::move(points)) {}
  core::Result<std::vector<store::GenerationPoint>> RecentGenerations(int limit) override {
    if (limit < 1) return core::Fail(core::ErrorCode::kUsage, "limit");
    return points_;
  }
  core::Result<std::vector<store::DailyStats>> DailyTotals(
      std::chrono::system_clock::time_point, std::chrono::system_clock::time_point) override {
    return std::vector<store::DailyStats>{};
  }

 private:
  std::vector<store::GenerationPoint> points_;
};

// `n` generations each of the given quality, safety 0.9 and 100 ms, ids g0, g1, ...
void Append(std::vector<store::GenerationPoint>& points, int n, double quality, double safety = 0.9,
            std::int64_t ms = 100) {
  for (int i = 0; i < n; ++i) {
    store::GenerationPoint p;
    p.generation_id = "g" + std::to_string(points.size());
    p.quality_score = quality;
    p.safety_confidence = safety;
    p.duration_ms = ms;
    points.push_back(p);
  }
}

std::vector<DriftEvent> Drift(std::vector<store::GenerationPoint> points, std::string metric) {
  ScriptedStats stats(std::move(points));
  auto report = BuildSeriesReport(stats, 100, telemetry::AlertThresholds{});
  EXPECT_TRUE(report) << report.error().message;
  std::vector<DriftEvent> out;
  for (const auto& event : report->drift) {
    if (event.metric == metric) out.push_back(event);
  }
  return out;
}

TEST(SeriesReport, TooFewPointsFormNoBaseline) {
  std::vector<store::GenerationPoint> points;
  Append(points, kMinSeriesForDrift - 1, 90);
  ScriptedStats stats(points);
  auto report = BuildSeriesReport(stats, 100, telemetry::AlertThresholds{});
  ASSERT_TRUE(report);
  EXPECT_EQ(report->baseline_points, 0u);
  EXPECT_TRUE(report->drift.empty());
}

TEST(SeriesReport, AQualityDropIsOneEpisodeFromWhereItBegins) {
  std::vector<store::GenerationPoint> points;
  Append(points, 20, 90);
  Append(points, 10, 80);
  const auto drift = Drift(points, "quality_score");
  ASSERT_EQ(drift.size(), 1u);
  EXPECT_EQ(drift[0].index, 20u);
  EXPECT_EQ(drift[0].generation_id, "g20");
  EXPECT_DOUBLE_EQ(drift[0].value, 80);
  EXPECT_DOUBLE_EQ(drift[0].baseline_mean, 90);
  EXPECT_EQ(drift[0].level, telemetry::AlertLevel::kAlert);
}

TEST(SeriesReport, ImprovementsAndTinyShiftsAreNotDrift) {
  std::vector<store::GenerationPoint> better;
  Append(better, 20, 80, 0.8, 400);
  Append(better, 10, 95, 1.0, 100);  // higher quality and safety, faster
  EXPECT_TRUE(Drift(better, "quality_score").empty());
  EXPECT_TRUE(Drift(better, "safety_confidence").empty());
  EXPECT_TRUE(Drift(better, "generation_seconds").empty());

  std::vector<store::GenerationPoint> tiny;
  Append(tiny, 20, 90);
  Append(tiny, 10, 89);  // one point lower: many sigmas of a constant series, below the floor
  EXPECT_TRUE(Drift(tiny, "quality_score").empty());
}

TEST(SeriesReport, SlowerGenerationsAndFallingSafetyAreDrift) {
  std::vector<store::GenerationPoint> points;
  Append(points, 20, 90, 0.9, 100);
  Append(points, 10, 90, 0.6, 300);
  EXPECT_EQ(Drift(points, "generation_seconds").size(), 1u);
  EXPECT_EQ(Drift(points, "safety_confidence").size(), 1u);
  EXPECT_TRUE(Drift(points, "quality_score").empty());
}

}  // namespace
}  // namespace repopost::app
