#include "index/vector_index.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace repopost::index {
namespace {

// The scan's inner loop. Compiled at -O3 (see CMakeLists.txt) and cloned for AVX2 with a
// run-time dispatch, so a portable binary still uses the wide instructions where they exist.
__attribute__((target_clones("avx2", "default"))) std::int32_t DotInt16(const std::int16_t* a,
                                                                        const std::int16_t* b,
                                                                        std::size_t n) {
  std::int32_t sum = 0;
  for (std::size_t i = 0; i < n; ++i) {
    sum += static_cast<std::int32_t>(a[i]) * static_cast<std::int32_t>(b[i]);
  }
  return sum;
}

// For unit vectors |sum q_a q_b| <= range^2 * dimension (Cauchy-Schwarz, max |x| >= 1/sqrt(d)),
// so range = sqrt(INT32_MAX / dimension), capped at 1023, can never overflow.
std::int32_t RangeFor(std::size_t dimension) {
  const double limit = std::sqrt(2147483647.0 / static_cast<double>(dimension));
  return static_cast<std::int32_t>(std::min(1023.0, std::floor(limit)));
}

}  // namespace

VectorIndex::Quantized VectorIndex::Quantize(const Embedding& vector) const {
  // Normalise here too: the overflow bound above needs unit vectors, whatever the embedder did.
  double norm = 0.0;
  for (float value : vector) norm += static_cast<double>(value) * value;
  norm = std::sqrt(norm);
  float max_abs = 0.0f;
  for (float value : vector) max_abs = std::max(max_abs, std::fabs(value));
  Quantized out;
  out.values.resize(vector.size(), 0);
  if (max_abs <= 0.0f) return out;
  const double step = max_abs / static_cast<double>(range_);  // in the input's units
  for (std::size_t i = 0; i < vector.size(); ++i) {
    out.values[i] = static_cast<std::int16_t>(std::lround(vector[i] / step));
  }
  out.scale = static_cast<float>(step / norm);  // value / norm = integer * scale
  return out;
}

core::Status VectorIndex::Add(const Embedding& vector) {
  if (vector.empty()) return core::Fail(core::ErrorCode::kInput, "An embedding is empty.");
  if (dimension_ == 0) {
    dimension_ = vector.size();
    range_ = RangeFor(dimension_);
  }
  if (vector.size() != dimension_) {
    return core::Fail(core::ErrorCode::kInput, "An embedding has " + std::to_string(vector.size()) +
                                                   " dimensions where earlier ones had " +
                                                   std::to_string(dimension_) + ".");
  }
  Quantized quantized = Quantize(vector);
  matrix_.insert(matrix_.end(), quantized.values.begin(), quantized.values.end());
  scales_.push_back(quantized.scale);
  return core::Ok();
}

std::vector<VectorIndex::Hit> VectorIndex::Search(const Embedding& query, std::size_t k,
                                                  double min_similarity) const {
  if (query.size() != dimension_ || k == 0) return {};
  const Quantized q = Quantize(query);
  std::vector<Hit> hits;
  const std::size_t rows = size();
  for (std::size_t doc = 0; doc < rows; ++doc) {
    const auto row = static_cast<std::uint32_t>(doc);
    const double similarity = static_cast<double>(DotInt16(q.values.data(), Row(row), dimension_)) *
                              q.scale * scales_[doc];
    if (similarity >= min_similarity) hits.push_back(Hit{row, similarity});
  }
  auto better = [](const Hit& a, const Hit& b) {
    return a.similarity != b.similarity ? a.similarity > b.similarity : a.doc < b.doc;
  };
  const std::size_t top = std::min(k, hits.size());
  std::partial_sort(hits.begin(), hits.begin() + static_cast<long>(top), hits.end(), better);
  hits.resize(top);
  return hits;
}

double VectorIndex::Similarity(std::uint32_t a, std::uint32_t b) const {
  return static_cast<double>(DotInt16(Row(a), Row(b), dimension_)) * scales_[a] * scales_[b];
}

}  // namespace repopost::index
