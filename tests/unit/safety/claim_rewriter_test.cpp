#include "safety/claim_rewriter.h"

#include <gtest/gtest.h>

#include "safety/claim_checker.h"
#include "sample_repo.h"

namespace repopost::safety {
namespace {

class ClaimRewriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto checker = ClaimChecker::Create(testing::SampleRepo());
    ASSERT_TRUE(checker);
    checker_.emplace(std::move(*checker));
  }
  std::optional<ClaimChecker> checker_;
};

TEST_F(ClaimRewriterTest, ReplacesAnUnsupportedHookWithTheDescriptionFact) {
  const RepairResult fixed = checker_->Repair(
      "Trusted by thousands of teams worldwide.\n\nIt works with Vim, Neovim and tmux.");
  EXPECT_EQ(fixed.text,
            "quickfind: a fast command-line fuzzy finder written in Go.\n\n"
            "It works with Vim, Neovim and tmux.");
  ASSERT_FALSE(fixed.after.corrections.empty());
  EXPECT_NE(fixed.after.corrections[0].reason.find("hook replaced"), std::string::npos);
  EXPECT_TRUE(fixed.after.is_safe);
}

TEST_F(ClaimRewriterTest, DropsOnlyTheUnsupportedClause) {
  const RepairResult fixed = checker_->Repair(
      "quickfind is a fast command-line fuzzy finder written in Go, loved by Netflix.");
  EXPECT_EQ(fixed.text, "quickfind is a fast command-line fuzzy finder written in Go.");
  EXPECT_TRUE(fixed.after.is_safe);
}

// Clause-aware: a sentence whose main clause or whose only verb goes with the bad clause is
// removed whole, never left as a fragment.
TEST_F(ClaimRewriterTest, NeverLeavesAnOpeningPhraseWithoutItsClause) {
  const RepairResult fixed = checker_->Repair(
      "It works with Vim, Neovim and tmux.\n\n"
      "From Vim to tmux, it is loved by Netflix.");
  EXPECT_EQ(fixed.text, "It works with Vim, Neovim and tmux.") << fixed.text;
}

TEST_F(ClaimRewriterTest, ABadMainClauseRemovesTheSentence) {
  const RepairResult fixed = checker_->Repair(
      "It works with Vim, Neovim and tmux.\n\n"
      "Netflix runs it in production, and it is written in Go.");
  EXPECT_EQ(fixed.text.find("and it is written"), std::string::npos) << fixed.text;
  EXPECT_EQ(fixed.text.find("Netflix"), std::string::npos) << fixed.text;
}

TEST_F(ClaimRewriterTest, RemovesSentencesThatBreakPolicyAndKeepsTheRest) {
  const RepairResult fixed = checker_->Repair(
      "It works with Vim, Neovim and tmux.\nThis is an official Google project.\nTry it!");
  EXPECT_EQ(fixed.text, "It works with Vim, Neovim and tmux.\nTry it!");
  EXPECT_TRUE(fixed.after.policy_hits.empty());
}

TEST_F(ClaimRewriterTest, LeavesASupportedPostUntouched) {
  const std::string post = "It works with Vim, Neovim and tmux.\n\nTry it!\n\n#OpenSource";
  const RepairResult fixed = checker_->Repair(post);
  EXPECT_EQ(fixed.text, post);
  EXPECT_TRUE(fixed.after.corrections.empty());
}

}  // namespace
}  // namespace repopost::safety
