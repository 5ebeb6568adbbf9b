#include "index/vector_index.h"

#include <algorithm>
#include <string>

namespace repopost::index {
namespace {

float Dot(const float* a, const float* b, std::size_t n) {
  float sum = 0.0f;
  for (std::size_t i = 0; i < n; ++i) sum += a[i] * b[i];
  return sum;
}

}  // namespace

core::Status VectorIndex::Add(const Embedding& vector) {
  if (vector.empty()) return core::Fail(core::ErrorCode::kInput, "An embedding is empty.");
  if (dimension_ == 0) dimension_ = vector.size();
  if (vector.size() != dimension_) {
    return core::Fail(core::ErrorCode::kInput,
                      "An embedding has " + std::to_string(vector.size()) +
                          " dimensions where earlier ones had " + std::to_string(dimension_) +
                          ".");
  }
  matrix_.insert(matrix_.end(), vector.begin(), vector.end());
  return core::Ok();
}

std::vector<VectorIndex::Hit> VectorIndex::Search(const Embedding& query, std::size_t k,
                                                  double min_similarity) const {
  if (query.size() != dimension_ || k == 0) return {};
  std::vector<Hit> hits;
  const std::size_t rows = size();
  for (std::size_t doc = 0; doc < rows; ++doc) {
    const float similarity = Dot(query.data(), Row(static_cast<std::uint32_t>(doc)), dimension_);
    if (similarity >= min_similarity) {
      hits.push_back(Hit{static_cast<std::uint32_t>(doc), similarity});
    }
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
  return Dot(Row(a), Row(b), dimension_);
}

}  // namespace repopost::index
