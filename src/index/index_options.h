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

  // Hybrid ranking: weighted reciprocal rank fusion. rrf_k = 10, not the customary 60: fused
  // scores must spread enough for MMR's relevance term and the source weights to mean
  // something (at 60, rank 1 and rank 10 differ by 15%). The vector list counts half as much
  // as the lexical one: the hashed embedder is the weaker signal. fusion_depth hits come from
  // each list; a vector hit needs min_vector_similarity (0.20 is about three standard deviations
  // of the cosine between unrelated texts under the 256-d hashed embedder). Chosen on the
  // HaluEval one-turn questions (bench/index; docs/decisions/retrieval.md).
  double rrf_k = 10.0;
  double lexical_list_weight = 1.0;
  double vector_list_weight = 0.5;
  std::size_t fusion_depth = 50;
  double min_vector_similarity = 0.20;

  // MMR: 1.0 = pure relevance, 0.0 = pure diversity.
  double mmr_lambda = 0.7;

  // Fails (kUsage) when an option is out of range, naming it.
  core::Status Validate() const;
};

}  // namespace repopost::index
