// GitHubClient against a real HTTP server on 127.0.0.1 that speaks GitHub's REST shapes.
#include "ingest/github/github_client.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "fake_github_server/fake_github_server.h"
#include "ingest/github/github_fact_sheet.h"

namespace repopost::ingest {
namespace {

using repopost::testing::FakeGitHubServer;

class GitHubClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    github_.AddRepository(FakeGitHubServer::SampleRepository("octo", "widget"));
    cache_ = std::filesystem::temp_directory_path() /
             ("repopost-gh-cache-" + std::to_string(::getpid()) + "-" +
              ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(cache_);
  }
  void TearDown() override { std::filesystem::remove_all(cache_); }

  GitHubOptions Options() {
    GitHubOptions options;
    options.api_base = github_.base_url();
    options.http.cache_dir = cache_;
    options.http.total_timeout = std::chrono::milliseconds(3000);
    options.sleep = [this](std::chrono::milliseconds d) { slept_.push_back(d); };
    options.now_epoch_seconds = [] { return 1'800'000'000LL; };
    return options;
  }

  FakeGitHubServer github_;
  std::filesystem::path cache_;
  std::vector<std::chrono::milliseconds> slept_;
};

TEST_F(GitHubClientTest, FetchesEveryPartOfARepository) {
  GitHubClient client(Options());
  auto snapshot = client.Fetch({"octo", "widget", ""});
  ASSERT_TRUE(snapshot) << snapshot.error().message;
  EXPECT_EQ(snapshot->info.full_name, "octo/widget");
  EXPECT_EQ(snapshot->info.license_spdx, "MIT");
  EXPECT_EQ(snapshot->info.stars, 1234);
  EXPECT_NE(snapshot->readme_text.find("tiny widget toolkit"), std::string::npos);
  EXPECT_EQ(snapshot->readme_path, "README.md");
  ASSERT_FALSE(snapshot->languages.empty());
  EXPECT_EQ(snapshot->languages.front().first, "TypeScript");
  EXPECT_EQ(snapshot->commits.size(), 2u);
  ASSERT_EQ(snapshot->issues.size(), 1u);
  ASSERT_EQ(snapshot->pulls.size(), 1u);
  EXPECT_EQ(snapshot->pulls.front().number, 9);
  ASSERT_EQ(snapshot->releases.size(), 1u);
  EXPECT_EQ(snapshot->releases.front().tag, "v2.1.0");
  EXPECT_EQ(snapshot->contributor_count, 17);
}

TEST_F(GitHubClientTest, SecondFetchUsesEtagsAndGets304s) {
  GitHubClient client(Options());
  ASSERT_TRUE(client.Fetch({"octo", "widget", ""}));
  auto again = client.Fetch({"octo", "widget", ""});
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_NE(again->readme_text.find("tiny widget toolkit"), std::string::npos);
  int conditional = 0;
  for (const auto& request : github_.requests())
    conditional += request.headers.count("If-None-Match");
  EXPECT_GE(conditional, 7);
}

TEST_F(GitHubClientTest, SendsTheTokenOnlyAsABearerHeader) {
  auto options = Options();
  options.http.token = core::Secret("ghp_testtoken");
  GitHubClient client(options);
  ASSERT_TRUE(client.Fetch({"octo", "widget", ""}));
  for (const auto& request : github_.requests()) {
    EXPECT_EQ(request.headers.at("Authorization"), "Bearer ghp_testtoken");
    EXPECT_EQ(request.path.find("ghp_"), std::string::npos);
  }
}

TEST_F(GitHubClientTest, UnknownRepositoryIsNotFound) {
  GitHubClient client(Options());
  auto snapshot = client.Fetch({"octo", "missing", ""});
  ASSERT_FALSE(snapshot);
  EXPECT_EQ(snapshot.error().code, core::ErrorCode::kNotFound);
}

TEST_F(GitHubClientTest, RepositoryWithoutReadmeStillIngests) {
  auto repo = FakeGitHubServer::SampleRepository("octo", "bare");
  repo.readme.clear();
  github_.AddRepository(repo);
  GitHubClient client(Options());
  auto snapshot = client.Fetch({"octo", "bare", ""});
  ASSERT_TRUE(snapshot) << snapshot.error().message;
  EXPECT_TRUE(snapshot->readme_text.empty());
  EXPECT_FALSE(snapshot->warnings.empty());
}

TEST_F(GitHubClientTest, WaitsForANearRateLimitResetThenSucceeds) {
  github_.RateLimitNext("/repos/octo/widget/languages", 1'800'000'010LL);
  GitHubClient client(Options());
  auto snapshot = client.Fetch({"octo", "widget", ""});
  ASSERT_TRUE(snapshot) << snapshot.error().message;
  ASSERT_EQ(slept_.size(), 1u);
  EXPECT_EQ(slept_.front(), std::chrono::milliseconds(11000));
  EXPECT_EQ(github_.CountRequests("/repos/octo/widget/languages"), 2);
}

TEST_F(GitHubClientTest, ReportsAFarRateLimitResetClearly) {
  github_.RateLimitNext("/repos/octo/widget", 1'800'003'600LL, 429);
  GitHubClient client(Options());
  auto snapshot = client.Fetch({"octo", "widget", ""});
  ASSERT_FALSE(snapshot);
  EXPECT_EQ(snapshot.error().code, core::ErrorCode::kRateLimited);
  EXPECT_NE(snapshot.error().message.find("resets at"), std::string::npos);
  EXPECT_NE(snapshot.error().message.find("GITHUB_TOKEN"), std::string::npos);
  EXPECT_TRUE(slept_.empty());
}

TEST_F(GitHubClientTest, RetriesServerErrorsThenGivesUp) {
  github_.FailNext("/repos/octo/widget/releases", 502, 1);
  GitHubClient client(Options());
  ASSERT_TRUE(client.Fetch({"octo", "widget", ""}));

  github_.FailNext("/repos/octo/widget/releases", 500, 10);
  auto failed = client.Fetch({"octo", "widget", ""});
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, core::ErrorCode::kProvider);
}

TEST_F(GitHubClientTest, RefusesARedirectToAnotherHost) {
  github_.RedirectNext("/repos/octo/widget", "https://evil.example/repos/octo/widget");
  GitHubClient client(Options());
  auto snapshot = client.Fetch({"octo", "widget", ""});
  ASSERT_FALSE(snapshot);
  EXPECT_EQ(snapshot.error().code, core::ErrorCode::kInput);
  EXPECT_NE(snapshot.error().message.find("another host"), std::string::npos);
}

TEST_F(GitHubClientTest, FollowsARedirectOnTheSameHost) {
  github_.AddRepository(FakeGitHubServer::SampleRepository("octo", "renamed"));
  github_.RedirectNext("/repos/octo/widget", github_.base_url() + "/repos/octo/renamed");
  GitHubClient client(Options());
  auto snapshot = client.Fetch({"octo", "widget", ""});
  ASSERT_TRUE(snapshot) << snapshot.error().message;
  EXPECT_EQ(snapshot->info.full_name, "octo/renamed");
}

TEST_F(GitHubClientTest, SlowServerTimesOut) {
  github_.SetDelay(std::chrono::milliseconds(1500));
  auto options = Options();
  options.http.total_timeout = std::chrono::milliseconds(300);
  GitHubClient client(options);
  auto snapshot = client.Fetch({"octo", "widget", ""});
  ASSERT_FALSE(snapshot);
  EXPECT_EQ(snapshot.error().code, core::ErrorCode::kTimeout);
  github_.SetDelay(std::chrono::milliseconds(0));
}

TEST_F(GitHubClientTest, NamesAreEncodedInRequestPaths) {
  GitHubClient client(Options());
  auto snapshot = client.Fetch({"octo", "widget", "release/1.0"});
  ASSERT_TRUE(snapshot) << snapshot.error().message;
  bool saw_encoded_branch = false;
  for (const auto& request : github_.requests()) {
    saw_encoded_branch |=
        request.path.find("ref=release/1.0") != std::string::npos;  // httplib decodes
  }
  EXPECT_TRUE(saw_encoded_branch);
}

}  // namespace
}  // namespace repopost::ingest

namespace repopost::ingest {
namespace {

TEST_F(GitHubClientTest, SnapshotBecomesFactsWithApiProvenance) {
  GitHubClient client(Options());
  auto snapshot = client.Fetch({"octo", "widget", ""});
  ASSERT_TRUE(snapshot) << snapshot.error().message;
  core::FactSheet sheet = GitHubFactSheet(*snapshot);
  EXPECT_EQ(sheet.source, "https://github.com/octo/widget");
  ASSERT_NE(sheet.First(core::FactKind::kProjectName), nullptr);
  EXPECT_EQ(sheet.First(core::FactKind::kProjectName)->value, "widget");
  ASSERT_NE(sheet.First(core::FactKind::kStarCount), nullptr);
  EXPECT_EQ(sheet.First(core::FactKind::kStarCount)->value, "1234");
  EXPECT_EQ(sheet.First(core::FactKind::kStarCount)->provenance.field, "github:stargazers_count");
  ASSERT_NE(sheet.First(core::FactKind::kLatestTag), nullptr);
  EXPECT_EQ(sheet.First(core::FactKind::kLatestTag)->value, "v2.1.0");
  ASSERT_NE(sheet.First(core::FactKind::kChangelogEntry), nullptr);
  EXPECT_NE(sheet.First(core::FactKind::kChangelogEntry)->detail.find("Sparkline widget"),
            std::string::npos);
  ASSERT_NE(sheet.First(core::FactKind::kLanguage), nullptr);
  EXPECT_EQ(sheet.First(core::FactKind::kLanguage)->value, "TypeScript");
  EXPECT_EQ(sheet.First(core::FactKind::kLanguage)->detail, "90.0%");
  ASSERT_NE(sheet.First(core::FactKind::kInstallCommand), nullptr);
  EXPECT_EQ(sheet.First(core::FactKind::kInstallCommand)->value, "npm install widget");
  EXPECT_EQ(sheet.First(core::FactKind::kAuthorCount)->value, "17");
  EXPECT_EQ(sheet.All(core::FactKind::kOpenIssue).size(), 1u);
  int issues = 0, pulls = 0, readmes = 0;
  for (const auto& doc : sheet.documents) {
    issues += doc.kind == core::SourceKind::kIssues;
    pulls += doc.kind == core::SourceKind::kPullRequests;
    readmes += doc.kind == core::SourceKind::kReadme;
  }
  EXPECT_EQ(issues, 1);
  EXPECT_EQ(pulls, 1);
  EXPECT_EQ(readmes, 1);
  for (const auto& fact : sheet.facts) {
    EXPECT_FALSE(fact.provenance.url.empty() && fact.provenance.path.empty()) << fact.id;
  }
}

}  // namespace
}  // namespace repopost::ingest
