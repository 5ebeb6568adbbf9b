// HashedEmbedder: an offline embedder with no model. Feature hashing ("the hashing trick") of
// stemmed index terms plus character trigrams of each term, signed, into a fixed number of
// dimensions, then L2-normalised. Near-duplicate wording ("tokenizer" / "tokenizers" /
// "tokenization") lands close; unrelated text lands near orthogonal.
//
//   HashedEmbedder embedder;              // 256 dimensions
//   auto vectors = embedder.Embed({"fast fuzzy finder"});
//
// Deterministic across runs and machines (xxHash64 with a fixed seed). Thread-safe.
#pragma once

#include <cstddef>

#include "index/embedder.h"

namespace repopost::index {

class HashedEmbedder final : public Embedder {
 public:
  static constexpr std::size_t kDefaultDimension = 256;

  // REQUIRES: dimension >= 16.
  explicit HashedEmbedder(std::size_t dimension = kDefaultDimension) : dimension_(dimension) {}

  std::string ModelId() const override;
  core::Result<std::vector<Embedding>> Embed(const std::vector<std::string>& texts) const override;

  // One text, no Result: hashing cannot fail.
  Embedding EmbedOne(std::string_view text) const;
  // The same from terms already computed with text::IndexTerms (saves analysing twice).
  Embedding EmbedTerms(const std::vector<std::string>& terms) const;

  std::size_t dimension() const { return dimension_; }

 private:
  std::size_t dimension_;
};

}  // namespace repopost::index
