#include "index/hybrid_ranker.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace repopost::index {

std::vector<RankedDoc> FuseReciprocalRanks(std::span<const std::vector<std::uint32_t>> lists,
                                           std::span<const double> list_weights,
                                           std::span<const double> weights, double rrf_k) {
  std::unordered_map<std::uint32_t, double> fused;
  for (std::size_t l = 0; l < lists.size(); ++l) {
    const std::vector<std::uint32_t>& list = lists[l];
    for (std::size_t rank = 0; rank < list.size(); ++rank) {
      fused[list[rank]] += list_weights[l] / (rrf_k + static_cast<double>(rank + 1));
    }
  }
  std::vector<RankedDoc> out;
  out.reserve(fused.size());
  for (const auto& [doc, score] : fused) out.push_back(RankedDoc{doc, score * weights[doc]});
  std::sort(out.begin(), out.end(), [](const RankedDoc& a, const RankedDoc& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
  });
  return out;
}

std::vector<RankedDoc> SelectMaximalMarginalRelevance(
    const std::vector<RankedDoc>& candidates, std::size_t k, double lambda,
    const std::function<double(std::uint32_t, std::uint32_t)>& similarity) {
  double max_score = 0.0;
  for (const RankedDoc& candidate : candidates) max_score = std::max(max_score, candidate.score);
  if (max_score <= 0.0) max_score = 1.0;
  std::vector<RankedDoc> taken;
  std::vector<bool> used(candidates.size(), false);
  // Highest similarity of each candidate to anything taken so far, updated incrementally.
  std::vector<double> redundancy(candidates.size(), 0.0);
  while (taken.size() < std::min(k, candidates.size())) {
    std::size_t best = candidates.size();
    double best_value = -std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      if (used[i]) continue;
      const double value =
          lambda * candidates[i].score / max_score - (1.0 - lambda) * redundancy[i];
      if (value > best_value) {
        best_value = value;
        best = i;
      }
    }
    used[best] = true;
    taken.push_back(candidates[best]);
    for (std::size_t i = 0; i < candidates.size(); ++i) {
      if (used[i]) continue;
      redundancy[i] = std::max(redundancy[i], similarity(candidates[i].doc, candidates[best].doc));
    }
  }
  return taken;
}

}  // namespace repopost::index
