// IndexOptions: every tunable of chunking and retrieval, with named defaults.
#pragma once

#include <cstddef>

#include "index/source_weights.h"

namespace repopost::index {

struct IndexOptions {
  SourceWeights weights;
  std::size_t max_chunk_words = 120;  // a section longer than this is split at line boundaries
  bool index_facts = true;            // each FactSheet fact also becomes a small chunk

  // BM25 parameters (the usual Robertson/Lucene defaults).
  double bm25_k1 = 1.2;
  double bm25_b = 0.75;

  // Hybrid ranking: reciprocal rank fusion constant (Cormack et al. use 60), how many hits each
  // list contributes, and the cosine below which a vector hit is not a hit (0.20 is about three
  // standard deviations of the cosine between unrelated texts under the 256-d hashed embedder).
  double rrf_k = 60.0;
  std::size_t fusion_depth = 50;
  double min_vector_similarity = 0.20;

  // MMR: 1.0 = pure relevance, 0.0 = pure diversity.
  double mmr_lambda = 0.7;

  // Fails (kUsage) when an option is out of range, naming it.
  core::Status Validate() const;
};

}  // namespace repopost::index
