// The fixture repositories other stages test against: they must be real, readable git history.
#include "fixture_repo/fixture_repo.h"

#include <git2.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "support/shared_data.h"

namespace repopost::testing {
namespace {

std::size_t CountCommits(const std::filesystem::path& path) {
  git_libgit2_init();
  git_repository* repo = nullptr;
  EXPECT_EQ(git_repository_open(&repo, path.string().c_str()), 0);
  git_revwalk* walk = nullptr;
  git_revwalk_new(&walk, repo);
  git_revwalk_push_head(walk);
  std::size_t count = 0;
  git_oid oid;
  while (git_revwalk_next(&oid, walk) == 0) ++count;
  git_revwalk_free(walk);
  git_repository_free(repo);
  git_libgit2_shutdown();
  return count;
}

TEST(FixtureRepo, CommitsAreReadableHistory) {
  FixtureRepo repo = FixtureRepo::Create();
  repo.Write("a.txt", "one\n");
  std::string first = repo.Commit("first");
  repo.Write("a.txt", "two\n");
  std::string second = repo.Commit("second");
  EXPECT_EQ(first.size(), 40u);
  EXPECT_NE(first, second);
  EXPECT_EQ(CountCommits(repo.path()), 2u);
  EXPECT_TRUE(std::filesystem::exists(repo.path() / "a.txt"));
}

TEST(FixtureRepo, DirectoryIsRemovedOnDestruction) {
  std::filesystem::path path;
  {
    FixtureRepo repo = FixtureRepo::Create();
    path = repo.path();
    FixtureRepo moved = std::move(repo);
    EXPECT_TRUE(std::filesystem::exists(path));
  }
  EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(FixtureRepo, BareRepositoryHasNoWorkTree) {
  FixtureRepo repo = FixtureRepo::Create(/*bare=*/true);
  repo.Write("README.md", "# bare\n");
  repo.Commit("init");
  EXPECT_FALSE(std::filesystem::exists(repo.path() / "README.md"));
  EXPECT_EQ(CountCommits(repo.path()), 1u);
}

TEST(FixtureRepo, ReadyMadeFixturesBuild) {
  EXPECT_EQ(CountCommits(MakeCliToolRepo().path()), 7u);
  EXPECT_EQ(CountCommits(MakeNoReadmeRepo().path()), 1u);
  EXPECT_EQ(CountCommits(MakeUnicodeRepo().path()), 2u);
  EXPECT_EQ(CountCommits(MakeRustCrateRepo().path()), 1u);
  EXPECT_EQ(CountCommits(MakePythonPackageRepo().path()), 1u);
  EXPECT_EQ(CountCommits(MakeLongHistoryRepo(300, 50).path()), 300u);
}

TEST(FixtureRepo, ReplaysRepoDocsFolder) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  FixtureRepo repo =
      FromRepoDocs(std::filesystem::path(REPOPOST_SHARED_DIR) / "data/repo-docs/fzf");
  EXPECT_EQ(CountCommits(repo.path()), 300u);
  EXPECT_TRUE(std::filesystem::exists(repo.path() / "go.mod"));
  EXPECT_TRUE(std::filesystem::exists(repo.path() / "src/core.go"));
}

}  // namespace
}  // namespace repopost::testing
