// VectorIndex: exact-scan nearest-neighbour search over L2-normalised vectors, stored quantised
// to int8 (one scale per vector). At 10,000 x 256 the matrix is 2.5 MB, so a scan stays in
// cache and takes a fraction of a millisecond; an approximate index (HNSW) buys nothing at
// repository scale. Quantisation error on a cosine is about 0.01, far below the gaps that
// decide a ranking.
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

  // Cosine of two stored documents.
  double Similarity(std::uint32_t a, std::uint32_t b) const;

  std::size_t size() const { return scales_.size(); }
  std::size_t dimension() const { return dimension_; }

 private:
  struct Quantized {
    std::vector<std::int8_t> values;
    float scale = 0.0f;  // value = int8 * scale
  };
  static Quantized Quantize(const Embedding& vector);
  const std::int8_t* Row(std::uint32_t doc) const { return matrix_.data() + doc * dimension_; }

  std::size_t dimension_ = 0;
  std::vector<std::int8_t> matrix_;  // row-major, one row per document
  std::vector<float> scales_;        // by document
};

}  // namespace repopost::index
