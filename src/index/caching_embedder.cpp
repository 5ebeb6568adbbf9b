#include "index/caching_embedder.h"

namespace repopost::index {

core::Result<std::vector<Embedding>> CachingEmbedder::Embed(
    const std::vector<std::string>& texts) const {
  const std::string model = inner_.ModelId();
  std::vector<Embedding> out(texts.size());
  std::vector<std::string> missing;
  std::vector<std::size_t> missing_slots;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (std::optional<Embedding> hit = cache_.Find(model, texts[i])) {
      out[i] = std::move(*hit);
    } else {
      missing.push_back(texts[i]);
      missing_slots.push_back(i);
    }
  }
  if (missing.empty()) return out;
  core::Result<std::vector<Embedding>> fresh = inner_.Embed(missing);
  if (!fresh) return tl::unexpected(fresh.error());
  if (fresh->size() != missing.size()) {
    return core::Fail(core::ErrorCode::kProvider,
                      "The embedder returned " + std::to_string(fresh->size()) + " vectors for " +
                          std::to_string(missing.size()) + " texts.");
  }
  for (std::size_t j = 0; j < missing.size(); ++j) {
    if (core::Status stored = cache_.Put(model, missing[j], (*fresh)[j]); !stored) {
      std::lock_guard<std::mutex> lock(mutex_);
      last_write_error_ = stored.error();
    }
    out[missing_slots[j]] = std::move((*fresh)[j]);
  }
  return out;
}

std::optional<core::Error> CachingEmbedder::last_write_error() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return last_write_error_;
}

}  // namespace repopost::index
