// CachingEmbedder: an Embedder that asks `inner` only for texts the EmbeddingCache has not seen
// under inner's ModelId(), in one call, and stores what comes back.
//
//   OpenAiEmbedder remote(config);
//   auto cache = EmbeddingCache::Open(path);
//   CachingEmbedder embedder(remote, *cache);
//   auto index = RepoIndex::Build(sheet, options, &embedder);   // second build: no requests
//
// Both referents must outlive this object. Thread-safe when `inner` is. A failed cache write
// does not fail Embed (the vectors are still right); it is reported by last_write_error().
#pragma once

#include <mutex>
#include <optional>

#include "index/embedder.h"
#include "index/embedding_cache.h"

namespace repopost::index {

class CachingEmbedder final : public Embedder {
 public:
  CachingEmbedder(const Embedder& inner, EmbeddingCache& cache) : inner_(inner), cache_(cache) {}

  std::string ModelId() const override { return inner_.ModelId(); }
  core::Result<std::vector<Embedding>> Embed(const std::vector<std::string>& texts) const override;

  std::optional<core::Error> last_write_error() const;

 private:
  const Embedder& inner_;
  EmbeddingCache& cache_;
  mutable std::mutex mutex_;
  mutable std::optional<core::Error> last_write_error_;
};

}  // namespace repopost::index
