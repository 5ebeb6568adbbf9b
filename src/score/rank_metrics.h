// Rank agreement between predictions and truth: Spearman's rho (average ranks for ties) and
// pairwise ranking accuracy (over all pairs whose truths differ, the share the prediction orders
// the same way; a tied prediction counts one half). Used to evaluate the engagement model.
#pragma once

#include <vector>

namespace repopost::score {

// Ranks 1..n, ties get their average rank.
std::vector<double> AverageRanks(const std::vector<double>& values);

// REQUIRES: same sizes. 0 when fewer than 2 values or either side is constant.
double SpearmanCorrelation(const std::vector<double>& predicted, const std::vector<double>& truth);

// REQUIRES: same sizes. 0.5 when no pair has differing truths.
double PairwiseAccuracy(const std::vector<double>& predicted, const std::vector<double>& truth);

}  // namespace repopost::score
