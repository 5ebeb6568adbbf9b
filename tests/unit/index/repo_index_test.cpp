#include "index/repo_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "index/source_texts.h"

namespace repopost::index {
namespace {

core::Document Doc(core::SourceKind kind, std::string path, std::string text) {
  core::Document document;
  document.kind = kind;
  document.text = std::move(text);
  document.provenance.path = std::move(path);
  document.provenance.line_begin = 1;
  document.provenance.commit = "0123456789abcdef";
  return document;
}

core::FactSheet Sheet() {
  core::FactSheet sheet;
  sheet.commit = "0123456789abcdef";
  sheet.AddDocument(Doc(core::SourceKind::kReadme, "README.md",
                        "# kvstore\n"
                        "A small embedded key-value store written in C++.\n"
                        "\n"
                        "## Features\n"
                        "- Snapshots give readers a consistent view.\n"
                        "- Data is compressed with Snappy.\n"
                        "\n"
                        "## Installation\n"
                        "Run cmake and then make install.\n"
                        "\n"
                        "## Thread safety\n"
                        "A DB may be shared by many threads without external locking.\n"));
  sheet.AddDocument(Doc(core::SourceKind::kDocs, "docs/compaction.md",
                        "# Compaction\n"
                        "Background compaction merges sorted tables level by level.\n"));
  sheet.AddDocument(Doc(core::SourceKind::kChangelog, "CHANGELOG.md",
                        "## 1.23.0\n"
                        "- Added the parseOptions() helper and fixed a crash on empty keys.\n"));
  core::Provenance license;
  license.path = "LICENSE";
  sheet.Add(core::FactKind::kLicense, "BSD-3-Clause", license);
  return sheet;
}

RepoIndex BuildIndex(const core::FactSheet& sheet, const IndexOptions& options = {}) {
  core::Result<RepoIndex> index = RepoIndex::Build(sheet, options);
  EXPECT_TRUE(index.has_value()) << (index ? "" : index.error().message);
  return std::move(*index);
}

TEST(RepoIndex, HybridSearchPutsTheRelevantSectionFirst) {
  const RepoIndex index = BuildIndex(Sheet());
  struct Case {
    const char* query;
    const char* expected_heading;
  };
  for (const Case& c : {Case{"Is it safe to use from many threads?", "kvstore > Thread safety"},
                        Case{"how do I install it", "kvstore > Installation"},
                        Case{"snappy compression", "kvstore > Features"},
                        Case{"what is the license", "license"}, Case{"parse_options", "1.23.0"}}) {
    const std::vector<ScoredChunk> hits = index.Search(c.query, 3);
    ASSERT_FALSE(hits.empty()) << c.query;
    EXPECT_EQ(hits[0].chunk->heading, c.expected_heading) << c.query;
  }
}

TEST(RepoIndex, LexicalSearchCarriesProvenance) {
  const RepoIndex index = BuildIndex(Sheet());
  const std::vector<ScoredChunk> hits = index.SearchLexical("compaction merges tables", 2);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].chunk->provenance.path, "docs/compaction.md");
  EXPECT_EQ(hits[0].chunk->provenance.line_begin, 2);
  EXPECT_EQ(hits[0].chunk->kind, core::SourceKind::kDocs);
  EXPECT_EQ(index.FindChunk(hits[0].chunk->id), hits[0].chunk);
  EXPECT_EQ(index.FindChunk("c0"), nullptr);
  EXPECT_EQ(index.FindChunk("c999"), nullptr);
  EXPECT_EQ(index.FindChunk("c1x"), nullptr);
  EXPECT_EQ(index.FindChunk(""), nullptr);
}

TEST(RepoIndex, FactChunksReferenceTheirFact) {
  const RepoIndex index = BuildIndex(Sheet());
  const auto it = std::find_if(index.chunks().begin(), index.chunks().end(),
                               [](const Chunk& chunk) { return !chunk.fact_id.empty(); });
  ASSERT_NE(it, index.chunks().end());
  EXPECT_EQ(it->fact_id, "f1");
  EXPECT_EQ(it->kind, core::SourceKind::kLicense);
  EXPECT_EQ(it->text, "BSD-3-Clause");
}

TEST(RepoIndex, ChunkIdsAreStableAcrossBuilds) {
  const RepoIndex first = BuildIndex(Sheet());
  const RepoIndex second = BuildIndex(Sheet());
  ASSERT_EQ(first.chunks().size(), second.chunks().size());
  for (std::size_t i = 0; i < first.chunks().size(); ++i) {
    EXPECT_EQ(first.chunks()[i].id, second.chunks()[i].id);
    EXPECT_EQ(first.chunks()[i].text, second.chunks()[i].text);
  }
}

// The rank of `chunk` in a result list (list size when absent).
std::size_t RankOf(const std::vector<ScoredChunk>& hits, const std::string& text) {
  for (std::size_t i = 0; i < hits.size(); ++i) {
    if (hits[i].chunk->text == text) return i;
  }
  return hits.size();
}

// Property: raising the weight of one source kind never lowers the rank of a chunk of that kind,
// in hybrid and in lexical search, across queries and weight steps.
TEST(RepoIndex, HigherSourceWeightNeverLowersRank) {
  core::FactSheet sheet;
  const std::string docs_text = "Snapshots are cheap: a snapshot pins a version of the tables.";
  sheet.AddDocument(Doc(core::SourceKind::kReadme, "README.md",
                        "## Snapshots\nA snapshot gives a consistent read view.\n\n"
                        "## Tables\nSorted tables are immutable files on disk.\n\n"
                        "## Versions\nEvery write creates a new version of the data.\n"));
  sheet.AddDocument(Doc(core::SourceKind::kDocs, "docs/snapshots.md", docs_text));
  sheet.AddDocument(
      Doc(core::SourceKind::kCommits, "git:log", "Fix snapshot leak when tables are compacted\n"));
  const std::vector<double> steps = {0.0, 0.01, 0.05, 0.1, 0.3, 0.5, 1.0, 3.0};
  for (const char* query : {"snapshot", "tables version", "consistent snapshot of tables"}) {
    std::size_t previous_hybrid = SIZE_MAX;
    std::size_t previous_lexical = SIZE_MAX;
    for (double weight : steps) {
      IndexOptions options;
      options.weights.Set(core::SourceKind::kDocs, weight);
      const RepoIndex index = BuildIndex(sheet, options);
      const std::size_t hybrid = RankOf(index.Search(query, 5), docs_text);
      const std::size_t lexical = RankOf(index.SearchLexical(query, 5), docs_text);
      EXPECT_LE(hybrid, previous_hybrid) << query << " weight " << weight;
      EXPECT_LE(lexical, previous_lexical) << query << " weight " << weight;
      previous_hybrid = hybrid;
      previous_lexical = lexical;
    }
    EXPECT_EQ(previous_lexical, 0u) << query;  // at weight 3.0 docs outranks everything
  }
}

TEST(RepoIndex, MmrPrefersADifferentChunkOverANearDuplicate) {
  core::FactSheet sheet;
  const std::string duplicate = "Builds run fast with the ninja build system and ccache builds.";
  sheet.AddDocument(Doc(core::SourceKind::kReadme, "README.md",
                        "## A\n" + duplicate + "\n\n## B\n" + duplicate + " Really.\n\n## C\n" +
                            "The build is reproducible across machines.\n"));
  IndexOptions relevance_only;
  relevance_only.mmr_lambda = 1.0;
  // ScoredChunk points into its index: keep each index alive while its results are read.
  const RepoIndex plain_index = BuildIndex(sheet, relevance_only);
  const std::vector<ScoredChunk> plain = plain_index.Search("fast builds", 2);
  ASSERT_EQ(plain.size(), 2u);
  EXPECT_EQ(plain[1].chunk->heading, "B");  // relevance alone returns the duplicate

  IndexOptions diverse;
  diverse.mmr_lambda = 0.5;
  const RepoIndex mixed_index = BuildIndex(sheet, diverse);
  const std::vector<ScoredChunk> mixed = mixed_index.Search("fast builds", 2);
  ASSERT_EQ(mixed.size(), 2u);
  EXPECT_EQ(mixed[0].chunk->heading, "A");
  EXPECT_EQ(mixed[1].chunk->heading, "C");
}

TEST(RepoIndex, RejectsInvalidOptions) {
  IndexOptions options;
  options.weights.Set(core::SourceKind::kReadme, -1.0);
  core::Result<RepoIndex> index = RepoIndex::Build(Sheet(), options);
  ASSERT_FALSE(index.has_value());
  EXPECT_EQ(index.error().code, core::ErrorCode::kUsage);
  EXPECT_NE(index.error().message.find("readme"), std::string::npos);

  IndexOptions lambda;
  lambda.mmr_lambda = 2.0;
  EXPECT_FALSE(RepoIndex::Build(Sheet(), lambda).has_value());
}

TEST(RepoIndex, EmptySheetAndEmptyQueryReturnNothing) {
  const RepoIndex empty = BuildIndex(core::FactSheet{});
  EXPECT_TRUE(empty.Search("anything", 5).empty());
  const RepoIndex index = BuildIndex(Sheet());
  EXPECT_TRUE(index.Search("", 5).empty());
  EXPECT_TRUE(index.Search("the of and", 5).empty());
  EXPECT_TRUE(index.Search("install", 0).empty());
}

TEST(RepoIndex, IndexesRawTextsAsUserText) {
  const RepoIndex index = BuildIndex(FactSheetFromTexts(
      {{"notes.txt", "The meeting moved to Thursday.\n\nBudget approved: 40,000 dollars."},
       {"other.txt", "Nothing relevant here."}}));
  const std::vector<ScoredChunk> hits = index.Search("what budget was approved", 1);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].chunk->kind, core::SourceKind::kUserText);
  EXPECT_EQ(hits[0].chunk->provenance.path, "notes.txt");
  EXPECT_NE(hits[0].chunk->text.find("40,000"), std::string::npos);
}

TEST(RepoIndex, ConcurrentSearchesAgree) {
  const RepoIndex index = BuildIndex(Sheet());
  const std::vector<ScoredChunk> expected = index.Search("thread safety locking", 3);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const std::vector<ScoredChunk> hits = index.Search("thread safety locking", 3);
        if (hits.size() != expected.size() || hits[0].chunk != expected[0].chunk) ++mismatches[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int count : mismatches) EXPECT_EQ(count, 0);
}

}  // namespace
}  // namespace repopost::index
