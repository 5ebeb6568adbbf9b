#include "index/embedder.h"

#include <cmath>

namespace repopost::index {

void NormalizeL2(Embedding& vector) {
  double sum = 0.0;
  for (float value : vector) sum += static_cast<double>(value) * value;
  if (sum <= 0.0) return;
  const auto scale = static_cast<float>(1.0 / std::sqrt(sum));
  for (float& value : vector) value *= scale;
}

}  // namespace repopost::index
