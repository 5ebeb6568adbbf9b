#include "score/rank_metrics.h"

#include <gtest/gtest.h>

namespace repopost::score {
namespace {

TEST(RankMetrics, SpearmanIsOneForMonotoneAndMinusOneForReversed) {
  std::vector<double> truth = {1, 2, 3, 4, 5};
  EXPECT_DOUBLE_EQ(SpearmanCorrelation({10, 20, 30, 40, 100}, truth), 1.0);
  EXPECT_DOUBLE_EQ(SpearmanCorrelation({5, 4, 3, 2, 1}, truth), -1.0);
  EXPECT_DOUBLE_EQ(SpearmanCorrelation({1, 1, 1, 1, 1}, truth), 0.0);
}

TEST(RankMetrics, AverageRanksShareTies) {
  std::vector<double> r = AverageRanks({3, 1, 3, 2});
  EXPECT_DOUBLE_EQ(r[0], 3.5);
  EXPECT_DOUBLE_EQ(r[1], 1.0);
  EXPECT_DOUBLE_EQ(r[2], 3.5);
  EXPECT_DOUBLE_EQ(r[3], 2.0);
}

TEST(RankMetrics, PairwiseAccuracyCountsOrderedPairsAndHalvesTies) {
  // Pairs with different truth: (0,1) (0,2) (1,2). Prediction orders (0,1) right, (1,2) tied,
  // (0,2) right.
  EXPECT_DOUBLE_EQ(PairwiseAccuracy({1, 2, 2}, {1, 2, 3}), (1 + 1 + 0.5) / 3.0);
  EXPECT_DOUBLE_EQ(PairwiseAccuracy({3, 2, 1}, {1, 2, 3}), 0.0);
  EXPECT_DOUBLE_EQ(PairwiseAccuracy({1, 2}, {5, 5}), 0.5);
}

}  // namespace
}  // namespace repopost::score
