// EmbeddingCache: embeddings on disk, keyed by model id + content hash (xxHash3-128 of the
// text), so an unchanged chunk is never embedded twice, across runs.
//
//   auto cache = EmbeddingCache::Open(data_dir / "embeddings.bin");
//   if (auto hit = cache->Find(model, text)) ...; else cache->Put(model, text, vector);
//
// File: an 8-byte header "RPEMBv1\n", then append-only records (u64 xxh3 of the model id,
// 128-bit xxh3 of the text, u32 dimension, floats), native byte order. Loaded whole on Open; a
// torn last record (a crash mid-append) is cut off. Thread-safe: one mutex. Movable.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

#include "core/result.h"
#include "index/embedder.h"

namespace repopost::index {

class EmbeddingCache {
 public:
  // Creates the file (and its folder) when missing. Fails (kInput) when the file exists but is
  // not an embedding cache, or cannot be read or written.
  static core::Result<EmbeddingCache> Open(const std::filesystem::path& file);

  EmbeddingCache(EmbeddingCache&&) noexcept;
  EmbeddingCache& operator=(EmbeddingCache&&) noexcept;
  ~EmbeddingCache();

  std::optional<Embedding> Find(std::string_view model_id, std::string_view text) const;
  // Stores and appends to the file (flushed). Fails (kInput) when the write fails.
  core::Status Put(std::string_view model_id, std::string_view text, const Embedding& vector);

  std::size_t size() const;

 private:
  struct State;
  explicit EmbeddingCache(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace repopost::index
