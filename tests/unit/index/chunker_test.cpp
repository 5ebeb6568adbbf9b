#include "index/chunker.h"

#include <gtest/gtest.h>

#include <string>

#include "index/fact_source_kind.h"

namespace repopost::index {
namespace {

core::Document MakeDocument(std::string text, core::SourceKind kind = core::SourceKind::kReadme) {
  core::Document document;
  document.id = "d1";
  document.kind = kind;
  document.text = std::move(text);
  document.provenance.path = "README.md";
  document.provenance.line_begin = 1;
  document.provenance.commit = "abc1234def";
  return document;
}

std::vector<Chunk> ChunkText(const std::string& text, std::size_t max_words = 120) {
  Chunker chunker(max_words);
  chunker.AddDocument(MakeDocument(text));
  return chunker.Take();
}

TEST(Chunker, SplitsAtHeadingsAndKeepsHeadingPathAndLines) {
  const std::vector<Chunk> chunks = ChunkText(
      "# fzf\n"                         // 1
      "A command-line fuzzy finder.\n"  // 2
      "\n"                              // 3
      "## Installation\n"               // 4
      "\n"                              // 5
      "### Using Homebrew\n"            // 6
      "brew install fzf\n"              // 7
      "\n"                              // 8
      "## Usage\n"                      // 9
      "Run fzf in a terminal.\n"        // 10
      "Pick a file.\n");                // 11
  ASSERT_EQ(chunks.size(), 4u);
  EXPECT_EQ(chunks[0].heading, "fzf");
  EXPECT_EQ(chunks[0].text, "A command-line fuzzy finder.");
  EXPECT_EQ(chunks[0].provenance.line_begin, 2);
  EXPECT_EQ(chunks[0].provenance.line_end, 2);
  // A heading with no body of its own still yields a chunk: the heading line.
  EXPECT_EQ(chunks[1].heading, "fzf > Installation");
  EXPECT_EQ(chunks[1].text, "Installation");
  EXPECT_EQ(chunks[1].provenance.line_begin, 4);
  EXPECT_EQ(chunks[2].heading, "fzf > Installation > Using Homebrew");
  EXPECT_EQ(chunks[2].text, "brew install fzf");
  EXPECT_EQ(chunks[2].provenance.line_begin, 7);
  EXPECT_EQ(chunks[3].heading, "fzf > Usage");
  EXPECT_EQ(chunks[3].text, "Run fzf in a terminal.\nPick a file.");
  EXPECT_EQ(chunks[3].provenance.line_begin, 10);
  EXPECT_EQ(chunks[3].provenance.line_end, 11);
  for (const Chunk& chunk : chunks) {
    EXPECT_EQ(chunk.kind, core::SourceKind::kReadme);
    EXPECT_EQ(chunk.document_id, "d1");
    EXPECT_EQ(chunk.provenance.path, "README.md");
    EXPECT_EQ(chunk.provenance.commit, "abc1234def");
  }
  EXPECT_EQ(chunks[0].id, "c1");
  EXPECT_EQ(chunks[3].id, "c4");
}

TEST(Chunker, IgnoresHashLinesInsideCodeFences) {
  const std::vector<Chunk> chunks = ChunkText(
      "## Build\n"
      "```sh\n"
      "# not a heading\n"
      "make\n"
      "```\n");
  ASSERT_EQ(chunks.size(), 1u);
  EXPECT_EQ(chunks[0].heading, "Build");
  EXPECT_NE(chunks[0].text.find("# not a heading"), std::string::npos);
}

TEST(Chunker, UnderstandsSetextHeadings) {
  const std::vector<Chunk> chunks = ChunkText(
      "LevelDB\n"
      "=======\n"
      "A fast key-value store.\n"
      "\n"
      "Features\n"
      "--------\n"
      "Keys are arbitrary byte arrays.\n");
  ASSERT_EQ(chunks.size(), 2u);
  EXPECT_EQ(chunks[0].heading, "LevelDB");
  EXPECT_EQ(chunks[0].provenance.line_begin, 3);
  EXPECT_EQ(chunks[1].heading, "LevelDB > Features");
  EXPECT_EQ(chunks[1].text, "Keys are arbitrary byte arrays.");
  EXPECT_EQ(chunks[1].provenance.line_begin, 7);
}

TEST(Chunker, SplitsLongSectionsBetweenBlocksWithinTheWordLimit) {
  std::string text = "## Notes\n";
  for (int block = 0; block < 6; ++block) {
    for (int line = 0; line < 3; ++line) text += "one two three four five\n";
    text += "\n";
  }
  const std::vector<Chunk> chunks = ChunkText(text, /*max_words=*/30);
  ASSERT_EQ(chunks.size(), 3u);  // 6 blocks of 15 words under a 30-word limit: in pairs
  EXPECT_EQ(chunks[0].provenance.line_begin, 2);
  EXPECT_EQ(chunks[0].provenance.line_end, 8);
  for (const Chunk& chunk : chunks) EXPECT_EQ(chunk.heading, "Notes");
}

TEST(Chunker, SplitsOneHugeLineBetweenWords) {
  std::string line;
  for (int i = 0; i < 50; ++i) line += "word" + std::to_string(i) + " ";
  const std::vector<Chunk> chunks = ChunkText(line, /*max_words=*/20);
  ASSERT_EQ(chunks.size(), 3u);
  EXPECT_EQ(chunks[0].text.substr(0, 6), "word0 ");
  EXPECT_EQ(chunks[1].text.substr(0, 7), "word20 ");
  for (const Chunk& chunk : chunks) EXPECT_EQ(chunk.provenance.line_begin, 1);
}

TEST(Chunker, OffsetsLineNumbersByDocumentStart) {
  core::Document document = MakeDocument("first\nsecond\n", core::SourceKind::kDocs);
  document.provenance.line_begin = 40;
  Chunker chunker(120);
  chunker.AddDocument(document);
  const std::vector<Chunk> chunks = chunker.Take();
  ASSERT_EQ(chunks.size(), 1u);
  EXPECT_EQ(chunks[0].provenance.line_begin, 40);
  EXPECT_EQ(chunks[0].provenance.line_end, 41);
  EXPECT_EQ(chunks[0].kind, core::SourceKind::kDocs);
}

TEST(Chunker, HandlesWindowsLineEndings) {
  const std::vector<Chunk> chunks = ChunkText("# Title\r\nBody line\r\n\r\n## Next\r\nMore\r\n");
  ASSERT_EQ(chunks.size(), 2u);
  EXPECT_EQ(chunks[0].heading, "Title");
  EXPECT_EQ(chunks[0].text, "Body line");
  EXPECT_EQ(chunks[1].heading, "Title > Next");
  EXPECT_EQ(chunks[1].provenance.line_begin, 5);
}

TEST(Chunker, EmptyDocumentYieldsNoChunk) {
  EXPECT_TRUE(ChunkText("").empty());
  EXPECT_TRUE(ChunkText("\n\n  \n").empty());
}

TEST(Chunker, FactBecomesSmallChunkReferencingTheFact) {
  core::Fact fact;
  fact.id = "f7";
  fact.kind = core::FactKind::kLicense;
  fact.value = "MIT";
  fact.provenance.path = "LICENSE";
  Chunker chunker(120);
  chunker.AddFact(fact);
  const std::vector<Chunk> chunks = chunker.Take();
  ASSERT_EQ(chunks.size(), 1u);
  EXPECT_EQ(chunks[0].fact_id, "f7");
  EXPECT_EQ(chunks[0].document_id, "");
  EXPECT_EQ(chunks[0].heading, "license");
  EXPECT_EQ(chunks[0].text, "MIT");
  EXPECT_EQ(chunks[0].kind, core::SourceKind::kLicense);
}

struct KindCase {
  core::FactKind fact_kind;
  core::Provenance provenance;
  core::SourceKind expected;
};

TEST(SourceKindOfFact, ReadsTheProvenance) {
  auto at = [](std::string path) {
    core::Provenance provenance;
    provenance.path = std::move(path);
    return provenance;
  };
  core::Provenance field;
  field.field = "package.json:version";
  core::Provenance tag;
  tag.tag = "v1.0.0";
  core::Provenance issue;
  issue.url = "https://api.github.com/repos/o/r/issues/3";
  core::Provenance git_log;
  git_log.field = "git:log";
  git_log.commit = "abc";
  core::Provenance pull;
  pull.field = "github:pull";
  pull.url = "https://api.github.com/repos/o/r/pulls/9";
  const std::vector<KindCase> cases = {
      {core::FactKind::kFeature, at("README.md"), core::SourceKind::kReadme},
      {core::FactKind::kChangelogEntry, at("CHANGELOG.md"), core::SourceKind::kChangelog},
      {core::FactKind::kChangelogEntry, at("NEWS"), core::SourceKind::kChangelog},
      {core::FactKind::kLicense, at("LICENSE"), core::SourceKind::kLicense},
      {core::FactKind::kVersion, at("Cargo.toml"), core::SourceKind::kManifest},
      {core::FactKind::kExample, at("examples/basic.c"), core::SourceKind::kExamples},
      {core::FactKind::kDocsPage, at("docs/guide.md"), core::SourceKind::kDocs},
      {core::FactKind::kVersion, field, core::SourceKind::kManifest},
      {core::FactKind::kLatestTag, tag, core::SourceKind::kReleases},
      {core::FactKind::kFeature, issue, core::SourceKind::kIssues},
      {core::FactKind::kCommitCount, {}, core::SourceKind::kCommits},
      {core::FactKind::kRecentCommit, git_log, core::SourceKind::kCommits},
      {core::FactKind::kFeature, pull, core::SourceKind::kPullRequests},
      {core::FactKind::kFeature, {}, core::SourceKind::kUserText},
  };
  for (const KindCase& c : cases) {
    core::Fact fact;
    fact.kind = c.fact_kind;
    fact.provenance = c.provenance;
    EXPECT_EQ(SourceKindOfFact(fact), c.expected) << c.provenance.Describe();
  }
}

}  // namespace
}  // namespace repopost::index
