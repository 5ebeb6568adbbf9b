#include "index/hashed_embedder.h"

#include <gtest/gtest.h>

#include <cmath>

#include "index/vector_index.h"

namespace repopost::index {
namespace {

double Cosine(const Embedding& a, const Embedding& b) {
  double sum = 0.0;
  for (std::size_t i = 0; i < a.size(); ++i) sum += a[i] * b[i];
  return sum;
}

TEST(HashedEmbedder, ProducesUnitVectorsOfTheConfiguredDimension) {
  const HashedEmbedder embedder(128);
  const Embedding vector = embedder.EmbedOne("A fast fuzzy finder for the terminal");
  ASSERT_EQ(vector.size(), 128u);
  EXPECT_NEAR(Cosine(vector, vector), 1.0, 1e-5);
  EXPECT_EQ(embedder.ModelId(), "hashed-v1-128");
}

TEST(HashedEmbedder, IsDeterministic) {
  const HashedEmbedder embedder;
  EXPECT_EQ(embedder.EmbedOne("same text"), embedder.EmbedOne("same text"));
  EXPECT_EQ(embedder.EmbedOne("same text"), HashedEmbedder().EmbedOne("same text"));
}

TEST(HashedEmbedder, RelatedWordingIsCloserThanUnrelated) {
  const HashedEmbedder embedder;
  const Embedding query = embedder.EmbedOne("tokenizer for source code");
  const Embedding related = embedder.EmbedOne("The tokenizers split code identifiers");
  const Embedding unrelated = embedder.EmbedOne("Licensed under the Apache License 2.0");
  EXPECT_GT(Cosine(query, related), Cosine(query, unrelated) + 0.2);
}

TEST(HashedEmbedder, EmptyTextIsTheZeroVector) {
  const Embedding vector = HashedEmbedder().EmbedOne("");
  for (float value : vector) EXPECT_EQ(value, 0.0f);
}

TEST(HashedEmbedder, EmbedMatchesEmbedOneInOrder) {
  const HashedEmbedder embedder;
  const core::Result<std::vector<Embedding>> vectors = embedder.Embed({"one", "two words"});
  ASSERT_TRUE(vectors.has_value());
  ASSERT_EQ(vectors->size(), 2u);
  EXPECT_EQ((*vectors)[1], embedder.EmbedOne("two words"));
}

TEST(VectorIndex, FindsNearestWithinQuantisationError) {
  const HashedEmbedder embedder;
  VectorIndex index;
  const std::vector<std::string> texts = {"snapshot isolation for readers", "bloom filter bits",
                                          "write ahead log recovery"};
  for (const std::string& text : texts) ASSERT_TRUE(index.Add(embedder.EmbedOne(text)));
  const Embedding query = embedder.EmbedOne("bloom filters");
  const std::vector<VectorIndex::Hit> hits = index.Search(query, 3, -1.0);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].doc, 1u);
  EXPECT_NEAR(hits[0].similarity, Cosine(query, embedder.EmbedOne(texts[1])), 0.02);
  EXPECT_NEAR(index.Similarity(0, 0), 1.0, 0.02);
  EXPECT_TRUE(index.Search(query, 3, 0.99).empty());
}

TEST(VectorIndex, RejectsAMismatchedDimension) {
  VectorIndex index;
  ASSERT_TRUE(index.Add(Embedding{1.0f, 0.0f}));
  const core::Status status = index.Add(Embedding{1.0f, 0.0f, 0.0f});
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, core::ErrorCode::kInput);
  EXPECT_FALSE(index.Add(Embedding{}).has_value());
}

}  // namespace
}  // namespace repopost::index
