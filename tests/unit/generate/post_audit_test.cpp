// The audit must catch what it is there to catch, or the grounding matrix proves nothing.
#include "post_audit.h"

#include <gtest/gtest.h>

namespace repopost::generate::testing {
namespace {

Post PostWith(std::string text, std::vector<std::pair<std::string, std::string>> facts) {
  Post post;
  post.text = std::move(text);
  int id = 1;
  for (auto& [value, detail] : facts) {
    core::Fact fact;
    fact.id = "f" + std::to_string(id++);
    fact.value = value;
    fact.detail = detail;
    post.facts_used.push_back(fact);
  }
  return post;
}

TEST(PostAudit, FlagsInventedNumbersNamesAndCode) {
  const Post post =
      PostWith("Meet fzf.\n\nTrusted by 5000 teams at Google. Run fzf_init now.", {{"fzf", ""}});
  const std::vector<std::string> problems = UngroundedTokens(post);
  EXPECT_EQ(problems.size(), 3u);
}

TEST(PostAudit, AcceptsFactTokensWithSeparatorsAndSentenceStarts) {
  const Post post =
      PostWith("Meet fzf. It has 3,412 commits since 2013, on Linux.\n\n#OpenSource #Golang",
               {{"fzf", ""}, {"3412", ""}, {"2013-10-23", "Initial"}, {"Linux", ""}});
  EXPECT_TRUE(UngroundedTokens(post).empty());
}

TEST(PostAudit, FlagsAdjacentNearDuplicateSentences) {
  EXPECT_EQ(RepeatedAdjacentSentences("fzf is a fuzzy finder. fzf is a fuzzy finder!").size(), 1u);
  EXPECT_TRUE(RepeatedAdjacentSentences("fzf is a fuzzy finder. Try it today.").empty());
}

}  // namespace
}  // namespace repopost::generate::testing
