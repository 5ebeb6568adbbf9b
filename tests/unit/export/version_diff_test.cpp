#include "export/version_diff.h"

#include <gtest/gtest.h>

namespace repopost::exports {
namespace {

constexpr const char* kV1 =
    "Why is leveldb fast?\n\nIt stores sorted keys in files.\n\n#OpenSource #Databases";
constexpr const char* kV2 =
    "How does leveldb store 1 billion keys?\n\nIt stores sorted keys in immutable files.\n\n"
    "#OpenSource #CPlusPlus";

TEST(VersionDiff, RunsRebuildBothSidesExactly) {
  VersionDiff d = DiffVersions({.before = kV1, .after = kV2});
  EXPECT_EQ(d.Before(), kV1);
  EXPECT_EQ(d.After(), kV2);
  for (std::size_t i = 1; i < d.runs.size(); ++i) EXPECT_NE(d.runs[i].op, d.runs[i - 1].op);
}

TEST(VersionDiff, SummarisesWordsHookAndHashtags) {
  VersionDiff d = DiffVersions({.before = kV1, .after = kV2});
  EXPECT_TRUE(d.summary.hook_changed);
  EXPECT_EQ(d.summary.hook_before, "Why is leveldb fast?");
  EXPECT_EQ(d.summary.hook_after, "How does leveldb store 1 billion keys?");
  EXPECT_EQ(d.summary.hashtags_added, (std::vector<std::string>{"#CPlusPlus"}));
  EXPECT_EQ(d.summary.hashtags_removed, (std::vector<std::string>{"#Databases"}));
  // Removed: Why is fast? #Databases; added: How does store 1 billion keys? immutable #CPlusPlus
  EXPECT_EQ(d.summary.words_removed, 4u);
  EXPECT_EQ(d.summary.words_added, 8u);
  EXPECT_FALSE(d.summary.claims_compared);
}

TEST(VersionDiff, UnifiedRenderingMarksInsertionsAndDeletions) {
  VersionDiff d = DiffVersions({.before = "one two three", .after = "one 2 three four"});
  EXPECT_EQ(d.Unified(), "one [-two-]{+2+} three{+ four+}");
  ASSERT_EQ(d.runs.size(), 5u);
  EXPECT_EQ(d.runs[1].op, DiffOp::kDelete);
  EXPECT_EQ(d.runs[2].op, DiffOp::kInsert);
}

TEST(VersionDiff, IdenticalAndEmptyVersions) {
  VersionDiff same = DiffVersions({.before = kV1, .after = kV1});
  ASSERT_EQ(same.runs.size(), 1u);
  EXPECT_EQ(same.runs[0].op, DiffOp::kEqual);
  EXPECT_FALSE(same.summary.hook_changed);
  VersionDiff empty = DiffVersions({.before = "", .after = ""});
  EXPECT_TRUE(empty.runs.empty());
  VersionDiff added = DiffVersions({.before = "", .after = "new text"});
  EXPECT_EQ(added.summary.words_added, 2u);
}

TEST(VersionDiff, ComparesClaimListsIgnoringCaseAndFinalPeriod) {
  VersionDiff d =
      DiffVersions({.before = "a",
                    .after = "b",
                    .claims_before = std::vector<std::string>{"It is fast.", "It has 3 users"},
                    .claims_after = std::vector<std::string>{"it is fast", "It is MIT licensed"}});
  EXPECT_TRUE(d.summary.claims_compared);
  EXPECT_EQ(d.summary.claims_added, (std::vector<std::string>{"It is MIT licensed"}));
  EXPECT_EQ(d.summary.claims_dropped, (std::vector<std::string>{"It has 3 users"}));
}

TEST(DiffOp, RoundTripsThroughItsName) {
  for (DiffOp op : {DiffOp::kEqual, DiffOp::kInsert, DiffOp::kDelete}) {
    EXPECT_EQ(ParseDiffOp(ToString(op)), op);
  }
  EXPECT_FALSE(ParseDiffOp("replace"));
}

}  // namespace
}  // namespace repopost::exports
