#include "ingest/github/github_clone.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "child_process.h"
#include "fixture_repo/fixture_repo.h"
#include "ingest/ingest.h"

namespace repopost::ingest {
namespace {

// A "GitHub" of one repository, acme/tool, as a file:// base (<base>/<owner>/<name>.git).
class GitHubCloneTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("github_clone_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "hub" / "acme");
    std::filesystem::create_directory_symlink(origin_.path() / ".git",
                                              dir_ / "hub" / "acme" / "tool.git");
    options_.base = "file://" + (dir_ / "hub").string();
    options_.cache_dir = dir_ / "cache";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  testing::FixtureRepo origin_ = testing::MakeCliToolRepo();
  std::filesystem::path dir_;
  GitHubCloneOptions options_;
  const GitHubRepoRef ref_{.owner = "acme", .name = "tool"};
};

TEST_F(GitHubCloneTest, ClonesIntoTheCacheAndIngestsTheFullHistory) {
  auto path = CloneOrFetch(ref_, options_);
  ASSERT_TRUE(path) << path.error().message;
  EXPECT_EQ(*path, dir_ / "cache" / "acme" / "tool");
  auto sheet = IngestPath(path->string(), {});
  ASSERT_TRUE(sheet) << sheet.error().message;
  auto from_origin = IngestPath(origin_.path().string(), {});
  ASSERT_TRUE(from_origin);
  EXPECT_FALSE(sheet->commit.empty());
  EXPECT_EQ(sheet->commit, from_origin->commit);
  EXPECT_EQ(sheet->facts.size(), from_origin->facts.size());
}

TEST_F(GitHubCloneTest, FetchesNewCommitsIntoAnExistingClone) {
  ASSERT_TRUE(CloneOrFetch(ref_, options_));
  origin_.Write("NEWS.md", "# News\n\nA second release.\n");
  const std::string head = origin_.Commit("docs: news");
  auto path = CloneOrFetch(ref_, options_);
  ASSERT_TRUE(path) << path.error().message;
  auto sheet = IngestPath(path->string(), {});
  ASSERT_TRUE(sheet);
  EXPECT_EQ(sheet->commit, head);
}

TEST_F(GitHubCloneTest, UnknownRepositoryFailsWithoutLeavingACacheEntry) {
  auto path = CloneOrFetch({.owner = "acme", .name = "missing"}, options_);
  ASSERT_FALSE(path);
  EXPECT_TRUE(path.error().code == core::ErrorCode::kNotFound ||
              path.error().code == core::ErrorCode::kProvider);
  EXPECT_NE(path.error().message.find("acme/missing.git"), std::string::npos)
      << path.error().message;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "cache" / "acme" / "missing"));
}

TEST_F(GitHubCloneTest, UnknownBranchIsNotFound) {
  auto path = CloneOrFetch({.owner = "acme", .name = "tool", .branch = "nope"}, options_);
  ASSERT_FALSE(path);
  EXPECT_EQ(path.error().code, core::ErrorCode::kNotFound);
}

TEST(GitHubCloneUrl, BuildsFromTheBaseAndRejectsOtherSchemes) {
  const GitHubRepoRef ref{.owner = "o", .name = "r.js"};
  EXPECT_EQ(*GitHubCloneUrl(ref, "https://github.com"), "https://github.com/o/r.js.git");
  EXPECT_EQ(*GitHubCloneUrl(ref, "https://ghe.example.com/"), "https://ghe.example.com/o/r.js.git");
  EXPECT_EQ(*GitHubCloneUrl(ref, "file:///srv/git"), "file:///srv/git/o/r.js.git");
  for (const char* base :
       {"http://github.com", "ssh://git@github.com", "github.com", "", "https://"}) {
    auto url = GitHubCloneUrl(ref, base);
    ASSERT_FALSE(url) << base;
    EXPECT_EQ(url.error().code, core::ErrorCode::kUsage);
  }
}

TEST_F(GitHubCloneTest, GenerateWithCloneUsesTheConfiguredBase) {
  const std::map<std::string, std::string> env{{"REPOPOST_GITHUB_CLONE_BASE", options_.base},
                                               {"XDG_CACHE_HOME", (dir_ / "xdg-cache").string()},
                                               {"XDG_DATA_HOME", (dir_ / "data").string()}};
  const int code =
      testing::RunToExit({testing::RepopostBinary(), "generate", "https://github.com/acme/tool",
                          "--clone", "--offline", "--no-store"},
                         env, dir_ / "generate.log");
  EXPECT_EQ(code, 0) << testing::ReadWholeFile(dir_ / "generate.log");
  EXPECT_TRUE(std::filesystem::exists(dir_ / "xdg-cache" / "repopost" / "clones" / "acme" / "tool" /
                                      "HEAD"));
}

}  // namespace
}  // namespace repopost::ingest
