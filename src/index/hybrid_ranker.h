// The two steps that turn a lexical and a vector result list into one diverse top-k:
// reciprocal rank fusion weighted by source, then maximal marginal relevance.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace repopost::index {

struct RankedDoc {
  std::uint32_t doc = 0;
  double score = 0.0;
};

// Weighted RRF (Cormack, Clarke, Buettcher 2009): score(d) = weight(d) * sum over lists l of
// list_weights[l] / (rrf_k + rank_in_l(d)), ranks from 1. Every document in any list is returned,
// best first (ties by lower doc). `lists` hold document numbers in rank order; weights[doc] >= 0;
// list_weights has one entry per list.
std::vector<RankedDoc> FuseReciprocalRanks(std::span<const std::vector<std::uint32_t>> lists,
                                           std::span<const double> list_weights,
                                           std::span<const double> weights, double rrf_k);

// Greedy MMR (Carbonell, Goldstein 1998) over `candidates` (best first): repeatedly takes the
// candidate maximising lambda * score / max_score - (1 - lambda) * max similarity to those
// already taken. Returns up to k candidates, in the order taken, with their original scores.
// Raising one candidate's score can only move it earlier (tested: source-weight monotonicity).
std::vector<RankedDoc> SelectMaximalMarginalRelevance(
    const std::vector<RankedDoc>& candidates, std::size_t k, double lambda,
    const std::function<double(std::uint32_t, std::uint32_t)>& similarity);

}  // namespace repopost::index
