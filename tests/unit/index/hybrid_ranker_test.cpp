#include "index/hybrid_ranker.h"

#include <gtest/gtest.h>

#include <random>

namespace repopost::index {
namespace {

TEST(FuseReciprocalRanks, SumsOneOverKPlusRankTimesWeight) {
  const std::vector<std::vector<std::uint32_t>> lists = {{0, 1, 2}, {1, 3}};
  const std::vector<double> weights = {1.0, 1.0, 1.0, 0.5};
  const std::vector<double> list_weights = {1.0, 1.0};
  const std::vector<RankedDoc> fused = FuseReciprocalRanks(lists, list_weights, weights, 60.0);
  ASSERT_EQ(fused.size(), 4u);
  EXPECT_EQ(fused[0].doc, 1u);  // in both lists
  EXPECT_NEAR(fused[0].score, 1.0 / 62 + 1.0 / 61, 1e-12);
  EXPECT_EQ(fused[1].doc, 0u);
  EXPECT_NEAR(fused[1].score, 1.0 / 61, 1e-12);
  EXPECT_EQ(fused[3].doc, 3u);
  EXPECT_NEAR(fused[3].score, 0.5 / 62, 1e-12);
}

// The order MMR takes `target` in, when its score is `score`.
std::size_t PositionOf(std::vector<RankedDoc> candidates, std::uint32_t target, double score,
                       double lambda, const std::vector<std::vector<double>>& similarity) {
  for (RankedDoc& candidate : candidates) {
    if (candidate.doc == target) candidate.score = score;
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const RankedDoc& a, const RankedDoc& b) { return a.score > b.score; });
  const std::vector<RankedDoc> taken = SelectMaximalMarginalRelevance(
      candidates, candidates.size(), lambda,
      [&](std::uint32_t a, std::uint32_t b) { return similarity[a][b]; });
  for (std::size_t i = 0; i < taken.size(); ++i) {
    if (taken[i].doc == target) return i;
  }
  return taken.size();
}

// Property, on random instances: raising one candidate's score never makes MMR take it later.
TEST(FuseReciprocalRanks, ListWeightsScaleEachListsShare) {
  const std::vector<std::vector<std::uint32_t>> lists = {{0}, {1}};
  const std::vector<double> weights = {1.0, 1.0};
  const std::vector<double> list_weights = {1.0, 0.5};
  const std::vector<RankedDoc> fused = FuseReciprocalRanks(lists, list_weights, weights, 60.0);
  ASSERT_EQ(fused.size(), 2u);
  EXPECT_EQ(fused[0].doc, 0u);
  EXPECT_NEAR(fused[1].score, 0.5 / 61, 1e-12);
}

TEST(SelectMaximalMarginalRelevance, RaisingAScoreNeverDelaysThatCandidate) {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  for (int trial = 0; trial < 300; ++trial) {
    const std::size_t n = 8;
    std::vector<RankedDoc> candidates;
    std::vector<std::vector<double>> similarity(n, std::vector<double>(n, 0.0));
    for (std::uint32_t i = 0; i < n; ++i) {
      candidates.push_back(RankedDoc{i, unit(random)});
      for (std::uint32_t j = 0; j < i; ++j) similarity[i][j] = similarity[j][i] = unit(random);
      similarity[i][i] = 1.0;
    }
    const auto target = static_cast<std::uint32_t>(trial % n);
    const double lambda = 0.3 + 0.6 * unit(random);
    const double base = candidates[target].score;
    std::size_t previous = n;
    for (double factor : {0.5, 1.0, 1.5, 2.0, 4.0}) {
      const std::size_t position =
          PositionOf(candidates, target, base * factor, lambda, similarity);
      EXPECT_LE(position, previous) << "trial " << trial << " factor " << factor;
      previous = position;
    }
  }
}

TEST(SelectMaximalMarginalRelevance, SkipsNearDuplicates) {
  const std::vector<RankedDoc> candidates = {{0, 1.0}, {1, 0.95}, {2, 0.7}};
  const auto similarity = [](std::uint32_t a, std::uint32_t b) {
    return (a == b || (a < 2 && b < 2)) ? 1.0 : 0.1;
  };
  const std::vector<RankedDoc> taken =
      SelectMaximalMarginalRelevance(candidates, 2, 0.5, similarity);
  ASSERT_EQ(taken.size(), 2u);
  EXPECT_EQ(taken[0].doc, 0u);
  EXPECT_EQ(taken[1].doc, 2u);
  EXPECT_EQ(SelectMaximalMarginalRelevance(candidates, 2, 1.0, similarity)[1].doc, 1u);
}

TEST(SelectMaximalMarginalRelevance, HandlesFewerCandidatesThanK) {
  const auto none = [](std::uint32_t, std::uint32_t) { return 0.0; };
  EXPECT_TRUE(SelectMaximalMarginalRelevance({}, 5, 0.7, none).empty());
  EXPECT_EQ(SelectMaximalMarginalRelevance({{3, 0.2}}, 5, 0.7, none).size(), 1u);
}

}  // namespace
}  // namespace repopost::index
