#include "index/hashed_embedder.h"

#include <xxhash.h>

#include "text/index_terms.h"

namespace repopost::index {
namespace {

constexpr XXH64_hash_t kTermSeed = 0x7265706f706f7374ULL;  // "repopost"
constexpr XXH64_hash_t kGramSeed = 0x6e6772616d733a33ULL;  // "ngrams:3"
constexpr float kTermWeight = 1.0f;
constexpr float kGramWeight = 0.35f;  // trigrams only nudge: whole terms carry the meaning

void AddFeature(Embedding& vector, XXH64_hash_t hash, float weight) {
  const std::size_t slot = static_cast<std::size_t>(hash % vector.size());
  vector[slot] += (hash >> 63) != 0 ? weight : -weight;
}

}  // namespace

std::string HashedEmbedder::ModelId() const { return "hashed-v1-" + std::to_string(dimension_); }

Embedding HashedEmbedder::EmbedOne(std::string_view text) const {
  return EmbedTerms(text::IndexTerms(text));
}

Embedding HashedEmbedder::EmbedTerms(const std::vector<std::string>& terms) const {
  Embedding vector(dimension_, 0.0f);
  char padded[80];
  for (const std::string& term : terms) {
    AddFeature(vector, XXH64(term.data(), term.size(), kTermSeed), kTermWeight);
    if (term.size() + 2 > sizeof(padded) || term.size() < 3) continue;
    padded[0] = '<';
    term.copy(padded + 1, term.size());
    padded[term.size() + 1] = '>';
    const std::size_t length = term.size() + 2;
    for (std::size_t i = 0; i + 3 <= length; ++i) {
      AddFeature(vector, XXH64(padded + i, 3, kGramSeed), kGramWeight);
    }
  }
  NormalizeL2(vector);
  return vector;
}

core::Result<std::vector<Embedding>> HashedEmbedder::Embed(
    const std::vector<std::string>& texts) const {
  std::vector<Embedding> out;
  out.reserve(texts.size());
  for (const std::string& text : texts) out.push_back(EmbedOne(text));
  return out;
}

}  // namespace repopost::index
