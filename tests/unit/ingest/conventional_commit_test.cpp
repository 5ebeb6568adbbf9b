#include "ingest/conventional_commit.h"

#include <gtest/gtest.h>

namespace repopost::ingest {
namespace {

TEST(ConventionalCommitType, RecognisesStandardTypes) {
  struct Case {
    const char* subject;
    const char* type;
  } cases[] = {{"feat: add x", "feat"},       {"fix(cli): y", "fix"},
               {"feat!: breaking", "feat"},   {"refactor(core)!: z", "refactor"},
               {"Docs: capitalised", "docs"}, {"Merge pull request #1", ""},
               {"feature: not standard", ""}, {"fix:no space", ""},
               {"fix(unclosed: x", ""},       {"", ""}};
  for (const Case& c : cases) EXPECT_EQ(ConventionalCommitType(c.subject), c.type) << c.subject;
}

}  // namespace
}  // namespace repopost::ingest
