#include "ingest/github/github_wire.h"

#include <gtest/gtest.h>

namespace repopost::ingest::wire {
namespace {

TEST(GitHubWire, ParsesRepositoryWithNullableFields) {
  auto info = ParseRepo(
      R"({"full_name":"o/r","description":null,"homepage":"","license":{"spdx_id":"Apache-2.0"},
    "topics":["cli","tui"],"stargazers_count":42,"forks_count":3,"archived":true,"default_branch":"main"})");
  ASSERT_TRUE(info) << info.error().message;
  EXPECT_EQ(info->full_name, "o/r");
  EXPECT_EQ(info->description, "");
  EXPECT_EQ(info->license_spdx, "Apache-2.0");
  EXPECT_EQ(info->topics.size(), 2u);
  EXPECT_EQ(info->stars, 42);
  EXPECT_TRUE(info->archived);
}

TEST(GitHubWire, WrongFieldTypeIsAnErrorNamingTheField) {
  auto info = ParseRepo(R"({"full_name":"o/r","stargazers_count":"many"})");
  ASSERT_FALSE(info);
  EXPECT_NE(info.error().message.find("stargazers_count"), std::string::npos);
  EXPECT_FALSE(ParseRepo("not json"));
  EXPECT_FALSE(ParseCommits(R"({"message":"oops"})"));
}

TEST(GitHubWire, DecodesBase64ReadmeWithLineBreaks) {
  auto readme = ParseReadme(
      R"({"path":"README.md","encoding":"base64","content":"IyBIZWxs\nbyB3b3Js\nZA==\n"})");
  ASSERT_TRUE(readme) << readme.error().message;
  EXPECT_EQ(readme->first, "README.md");
  EXPECT_EQ(readme->second, "# Hello world");
  EXPECT_FALSE(DecodeBase64("@@@"));
}

TEST(GitHubWire, KeepsIssuesAndPullRequestsApart) {
  auto issues = ParseIssues(R"([{"number":1,"title":"Bug","body":null,"html_url":"h"},
    {"number":2,"title":"PR","body":"x","pull_request":{"url":"u"}}])");
  ASSERT_TRUE(issues);
  ASSERT_EQ(issues->size(), 2u);
  EXPECT_FALSE((*issues)[0].is_pull);
  EXPECT_TRUE((*issues)[1].is_pull);
}

TEST(GitHubWire, CountsContributorsFromTheLastPageLink) {
  auto count = ParseContributorCount(
      R"(<https://api.github.com/repositories/1/contributors?per_page=1&anon=1&page=2>; rel="next", <https://api.github.com/repositories/1/contributors?per_page=1&anon=1&page=57>; rel="last")",
      "[{}]");
  ASSERT_TRUE(count);
  EXPECT_EQ(*count, 57);
  EXPECT_EQ(*ParseContributorCount("", "[{}]"), 1);
  EXPECT_EQ(*ParseContributorCount("", ""), 0);
}

TEST(GitHubWire, SortsLanguagesByBytes) {
  auto languages = ParseLanguages(R"({"Shell":10,"Go":900,"Makefile":5})");
  ASSERT_TRUE(languages);
  EXPECT_EQ(languages->front().first, "Go");
  EXPECT_FALSE(ParseLanguages(R"({"Go":"lots"})"));
}

}  // namespace
}  // namespace repopost::ingest::wire
