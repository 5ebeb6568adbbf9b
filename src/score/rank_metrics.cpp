#include "score/rank_metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace repopost::score {
namespace {

double Pearson(const std::vector<double>& a, const std::vector<double>& b) {
  const double n = static_cast<double>(a.size());
  const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
  const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  if (saa <= 0 || sbb <= 0) return 0.0;
  return sab / std::sqrt(saa * sbb);
}

}  // namespace

std::vector<double> AverageRanks(const std::vector<double>& values) {
  std::vector<std::size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  std::size_t i = 0;
  while (i < order.size()) {
    std::size_t j = i;
    while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) ++j;
    const double rank = (static_cast<double>(i) + static_cast<double>(j)) / 2.0 + 1.0;
    for (std::size_t k = i; k <= j; ++k) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}

double SpearmanCorrelation(const std::vector<double>& predicted, const std::vector<double>& truth) {
  if (predicted.size() < 2 || predicted.size() != truth.size()) return 0.0;
  return Pearson(AverageRanks(predicted), AverageRanks(truth));
}

double PairwiseAccuracy(const std::vector<double>& predicted, const std::vector<double>& truth) {
  double agree = 0;
  std::size_t pairs = 0;
  for (std::size_t i = 0; i < truth.size(); ++i) {
    for (std::size_t j = i + 1; j < truth.size(); ++j) {
      if (truth[i] == truth[j]) continue;
      ++pairs;
      const double dp = predicted[i] - predicted[j];
      const double dt = truth[i] - truth[j];
      if (dp == 0)
        agree += 0.5;
      else if ((dp > 0) == (dt > 0))
        agree += 1.0;
    }
  }
  return pairs == 0 ? 0.5 : agree / static_cast<double>(pairs);
}

}  // namespace repopost::score
