#include "core/fact_sheet.h"

#include <gtest/gtest.h>

namespace repopost::core {
namespace {

TEST(FactSheet, AssignsSequentialIdsAndFindsByKind) {
  FactSheet sheet;
  EXPECT_EQ(sheet.Add(FactKind::kProjectName, "fzf", {.path = "go.mod"}), "f1");
  EXPECT_EQ(sheet.Add(FactKind::kLanguage, "Go", {}, "91.0%"), "f2");
  EXPECT_EQ(sheet.Add(FactKind::kLanguage, "Shell", {}, "5.0%"), "f3");
  ASSERT_NE(sheet.First(FactKind::kProjectName), nullptr);
  EXPECT_EQ(sheet.First(FactKind::kProjectName)->value, "fzf");
  EXPECT_EQ(sheet.All(FactKind::kLanguage).size(), 2u);
  EXPECT_EQ(sheet.First(FactKind::kLicense), nullptr);
  ASSERT_NE(sheet.FindById("f3"), nullptr);
  EXPECT_EQ(sheet.FindById("f3")->value, "Shell");
}

TEST(FactKind, NamesRoundTrip) {
  for (int i = 0; i <= static_cast<int>(FactKind::kTag); ++i) {
    auto kind = static_cast<FactKind>(i);
    auto parsed = ParseFactKind(ToString(kind));
    ASSERT_TRUE(parsed.has_value()) << i;
    EXPECT_EQ(*parsed, kind);
  }
  EXPECT_FALSE(ParseFactKind("nonsense").has_value());
}

TEST(SourceKind, NamesRoundTrip) {
  for (int i = 0; i <= static_cast<int>(SourceKind::kUserText); ++i) {
    auto kind = static_cast<SourceKind>(i);
    EXPECT_EQ(ParseSourceKind(ToString(kind)), kind);
  }
}

}  // namespace
}  // namespace repopost::core
