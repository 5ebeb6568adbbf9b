// VectorIndex: exact-scan nearest-neighbour search over L2-normalised vectors, stored quantised
// to 16-bit integers (one scale per vector; at most +-1023, less above 2,048 dimensions, so that
// no 32-bit dot product can overflow). Vectors are normalised on the way in. At 10,000 x 256 the
// matrix is 5 MB and a scan takes a fraction of a millisecond (the integer dot product maps onto
// AVX2's pmaddwd; int8 measured slower, floats slower still); an approximate index (HNSW) buys
// nothing at repository scale. Quantisation error on a cosine is below 0.005.
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
    std::vector<std::int16_t> values;
    float scale = 0.0f;  // value = integer * scale
  };
  Quantized Quantize(const Embedding& vector) const;
  const std::int16_t* Row(std::uint32_t doc) const { return matrix_.data() + doc * dimension_; }

  std::size_t dimension_ = 0;
  std::int32_t range_ = 0;            // quantisation range, set by the first vector's dimension
  std::vector<std::int16_t> matrix_;  // row-major, one row per document
  std::vector<float> scales_;         // by document
};

}  // namespace repopost::index
