#include "index/bm25_index.h"

#include <gtest/gtest.h>

#include <vector>

#include "text/index_terms.h"

namespace repopost::index {
namespace {

Bm25Index MakeIndex(const std::vector<std::string>& texts) {
  Bm25Index index(1.2, 0.75);
  for (const std::string& text : texts) index.Add(text::IndexTerms(text));
  index.Finish();
  return index;
}

TEST(Bm25Index, RanksTheObviouslyRelevantDocumentFirst) {
  const Bm25Index index = MakeIndex({
      "Installation: run make and make install.",
      "The tokenizer splits camelCase identifiers into parts.",
      "Licensed under the MIT license.",
      "A fuzzy finder for the terminal written in Go.",
  });
  const auto hits =
      index.Search(text::IndexTerms("how does tokenization split identifiers"), {}, 3);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].doc, 1u);
  EXPECT_EQ(index.Search(text::IndexTerms("what license"), {}, 1).at(0).doc, 2u);
}

TEST(Bm25Index, RareTermsOutweighCommonOnes) {
  const Bm25Index index = MakeIndex({
      "fast search",
      "fast build",
      "fast start",
      "fast io",
      "snappy compression support",
  });
  const auto hits = index.Search(text::IndexTerms("fast snappy"), {}, 5);
  ASSERT_EQ(hits.size(), 5u);
  EXPECT_EQ(hits[0].doc, 4u);
}

TEST(Bm25Index, BoostsMultiplyScores) {
  const Bm25Index index = MakeIndex({"sqlite storage", "sqlite storage"});
  const std::vector<double> boosts = {0.1, 0.9};
  const auto hits = index.Search(text::IndexTerms("sqlite"), boosts, 2);
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].doc, 1u);
  EXPECT_NEAR(hits[0].score, 9 * hits[1].score, 1e-6);
}

TEST(Bm25Index, NoMatchNoHits) {
  const Bm25Index index = MakeIndex({"alpha", "beta"});
  EXPECT_TRUE(index.Search(text::IndexTerms("gamma"), {}, 5).empty());
  EXPECT_TRUE(index.Search({}, {}, 5).empty());
  EXPECT_TRUE(MakeIndex({}).Search(text::IndexTerms("alpha"), {}, 5).empty());
}

}  // namespace
}  // namespace repopost::index
