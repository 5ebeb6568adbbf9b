// VectorIndex: exact nearest-neighbour search over L2-normalised vectors by brute-force dot
// product on one contiguous float matrix. At 10,000 x 256 that is 2.6 M multiply-adds per query,
// well under a millisecond, so an approximate index (HNSW) would buy nothing at repository scale.
//
// Thread-safety: Add from one thread; then Search and Similarity are const and thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/result.h"
#include "index/embedder.h"

namespace repopost::index {

class VectorIndex {
 public:
  struct Hit {
    std::uint32_t doc = 0;
    double similarity = 0.0;
  };

  // Appends document size(); fails (kInput) when the dimension differs from earlier vectors.
  core::Status Add(const Embedding& vector);

  // The `k` most similar documents with similarity >= min_similarity, best first.
  std::vector<Hit> Search(const Embedding& query, std::size_t k, double min_similarity) const;

  // Cosine of two stored documents (dot product of unit vectors).
  double Similarity(std::uint32_t a, std::uint32_t b) const;

  std::size_t size() const { return dimension_ == 0 ? 0 : matrix_.size() / dimension_; }
  std::size_t dimension() const { return dimension_; }

 private:
  const float* Row(std::uint32_t doc) const { return matrix_.data() + doc * dimension_; }

  std::size_t dimension_ = 0;
  std::vector<float> matrix_;  // row-major, one row per document
};

}  // namespace repopost::index
