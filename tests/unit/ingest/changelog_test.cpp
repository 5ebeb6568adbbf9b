#include "ingest/changelog.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/shared_data.h"

namespace repopost::ingest {
namespace {

std::string ReadRepoDoc(const std::string& rel) {
  std::ifstream in(std::filesystem::path(REPOPOST_SHARED_DIR) / "data/repo-docs" / rel);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST(LatestChangelogEntry, KeepAChangelogSkipsUnreleased) {
  auto entry =
      LatestChangelogEntry(ParseMarkdown("# Changelog\n\n## [Unreleased]\n\n- wip\n\n## [1.1.0] - "
                                         "2024-01-20\n\n### Added\n- a\n- b\n\n"
                                         "## [1.0.0] - 2023-12-01\n- first\n"));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->version, "1.1.0");
  EXPECT_EQ(entry->date, "2024-01-20");
  EXPECT_EQ(entry->items, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(entry->line_begin, 7);
}

TEST(LatestChangelogEntry, NoVersionHeadingMeansNoEntry) {
  EXPECT_FALSE(LatestChangelogEntry(ParseMarkdown("# Changelog\n\nNothing yet.\n")));
}

TEST(LatestChangelogEntry, RealFzfChangelog) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  auto entry = LatestChangelogEntry(ParseMarkdown(ReadRepoDoc("fzf/CHANGELOG.md")));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->version, "0.74.3");
  EXPECT_EQ(entry->line_begin, 4);
  ASSERT_GE(entry->items.size(), 4u);
  EXPECT_EQ(entry->items[0], "Performance optimizations for non-ASCII input");
}

TEST(LatestChangelogEntry, RealLevelDbNewsInPlainText) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  auto entry = LatestChangelogEntry(ParsePlainText(ReadRepoDoc("leveldb/NEWS")));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->version, "1.2");
  EXPECT_EQ(entry->date, "2011-05-16");
  ASSERT_FALSE(entry->items.empty());
  EXPECT_NE(entry->items[0].find("one billion 100-byte entries"), std::string::npos);
}

TEST(LatestChangelogEntry, RealDrogonChangelog) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  auto entry = LatestChangelogEntry(ParseMarkdown(ReadRepoDoc("drogon/ChangeLog.md")));
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->version, "1.9.13");
  EXPECT_EQ(entry->date, "2026-05-06");
  EXPECT_EQ(entry->items[0], "Add HttpRequest::clearHeaders() method.");
}

}  // namespace
}  // namespace repopost::ingest
