// Embedder: turns texts into dense vectors for semantic retrieval. The seam between the offline
// HashedEmbedder (default) and remote models (OpenAiEmbedder), optionally behind an
// EmbeddingCache (CachingEmbedder).
//
// Contract: Embed returns one vector per input text, in order, all of the same dimension and
// L2-normalised (so a dot product is the cosine). Implementations must be safe to call from
// several threads at once.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace repopost::index {

using Embedding = std::vector<float>;

class Embedder {
 public:
  virtual ~Embedder() = default;

  // Names the model and its settings; part of every cache key, so two embedders with the same
  // ModelId must produce the same vectors.
  virtual std::string ModelId() const = 0;

  virtual core::Result<std::vector<Embedding>> Embed(
      const std::vector<std::string>& texts) const = 0;
};

// Scales `vector` to unit length in place (a zero vector stays zero).
void NormalizeL2(Embedding& vector);

}  // namespace repopost::index
