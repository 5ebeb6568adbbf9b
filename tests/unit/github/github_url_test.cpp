#include "ingest/github/github_url.h"

#include <gtest/gtest.h>

namespace repopost::ingest {
namespace {

struct UrlCase {
  const char* input;
  const char* owner;
  const char* name;
  const char* branch;
};

class GitHubUrlAccepts : public ::testing::TestWithParam<UrlCase> {};

TEST_P(GitHubUrlAccepts, EveryDocumentedForm) {
  const UrlCase& c = GetParam();
  auto ref = ParseGitHubUrl(c.input);
  ASSERT_TRUE(ref) << c.input << ": " << ref.error().message;
  EXPECT_EQ(ref->owner, c.owner);
  EXPECT_EQ(ref->name, c.name);
  EXPECT_EQ(ref->branch, c.branch);
  EXPECT_TRUE(LooksLikeGitHubSource(c.input)) << c.input;
}

INSTANTIATE_TEST_SUITE_P(
    Forms, GitHubUrlAccepts,
    ::testing::Values(
        UrlCase{"https://github.com/junegunn/fzf", "junegunn", "fzf", ""},
        UrlCase{"https://github.com/junegunn/fzf.git", "junegunn", "fzf", ""},
        UrlCase{"https://github.com/junegunn/fzf/", "junegunn", "fzf", ""},
        UrlCase{"http://github.com/junegunn/fzf", "junegunn", "fzf", ""},
        UrlCase{"https://www.github.com/junegunn/fzf", "junegunn", "fzf", ""},
        UrlCase{"github.com/junegunn/fzf", "junegunn", "fzf", ""},
        UrlCase{"https://github.com/junegunn/fzf/tree/devel", "junegunn", "fzf", "devel"},
        UrlCase{"https://github.com/junegunn/fzf/blob/master/README.md", "junegunn", "fzf", ""},
        UrlCase{"https://github.com/junegunn/fzf?tab=readme-ov-file", "junegunn", "fzf", ""},
        UrlCase{"https://github.com/junegunn/fzf#readme", "junegunn", "fzf", ""},
        UrlCase{"HTTPS://GitHub.com/ggml-org/whisper.cpp", "ggml-org", "whisper.cpp", ""},
        UrlCase{"junegunn/fzf", "junegunn", "fzf", ""},
        UrlCase{"an-tao/drogon", "an-tao", "drogon", ""}));

TEST(GitHubUrl, RejectsHostileAndForeignInputWithAClearMessage) {
  const char* bad[] = {
      "o/r/../../x",
      "https://github.com/o/../../etc/passwd",
      "https://github.com/o%2Fr/x",
      "https://github.com/o/r%2F..",
      "https://gitlab.com/o/r",
      "https://github.com.evil.example/o/r",
      "https://evil.example/github.com/o/r",
      "https://github.com/onlyowner",
      "https://github.com/-bad-/r",
      "https://github.com/o/r/settings",
      "https://github.com/o/r name",
  };
  for (const char* input : bad) {
    auto ref = ParseGitHubUrl(input);
    EXPECT_FALSE(ref) << input;
    if (!ref) {
      EXPECT_EQ(ref.error().code, core::ErrorCode::kInput) << input;
      EXPECT_FALSE(ref.error().message.empty());
    }
  }
  EXPECT_FALSE(ParseGitHubUrl("https://github.com/" + std::string(600, 'a') + "/r"));
  EXPECT_FALSE(ParseGitHubUrl("https://github.com/" + std::string(40, 'a') + "/r"));
  EXPECT_FALSE(ParseGitHubUrl("https://github.com/o/" + std::string(101, 'r')));
}

TEST(GitHubUrl, LocalPathsAreNotGitHubSources) {
  EXPECT_FALSE(LooksLikeGitHubSource("."));
  EXPECT_FALSE(LooksLikeGitHubSource("./repo"));
  EXPECT_FALSE(LooksLikeGitHubSource("/home/me/src/repo"));
  EXPECT_FALSE(LooksLikeGitHubSource("~/src/repo"));
  EXPECT_FALSE(LooksLikeGitHubSource("repo"));
  EXPECT_FALSE(LooksLikeGitHubSource("src/deep/path"));
}

TEST(GitHubUrl, PercentEncodesPathSegments) {
  EXPECT_EQ(PercentEncodeSegment("whisper.cpp"), "whisper.cpp");
  EXPECT_EQ(PercentEncodeSegment("a/b c"), "a%2Fb%20c");
  EXPECT_EQ(PercentEncodeSegment("release/1.0"), "release%2F1.0");
}

}  // namespace
}  // namespace repopost::ingest
