#include "profile/clean_text.h"

#include <gtest/gtest.h>

#include "profile/profile_builder.h"
#include "readme_sheet.h"

namespace repopost::profile {
namespace {

TEST(CleanText, RemovesMarkupButKeepsWords) {
  const struct {
    const char* raw;
    const char* clean;
  } cases[] = {
      {"**Fast** and *simple*", "Fast and simple"},
      {"Use `rg` to search:", "Use rg to search"},
      {"Fixed {pr}`3656` in {func}`get_binary_stream`", "Fixed 3656 in get_binary_stream"},
      {"See :func:`open` for details", "See open for details"},
      {"<b>Bold</b> text<br/>", "Bold text"},
      {"Faster by 200% to 300%. *", "Faster by 200% to 300%."},
      {"A claim[^1] with a note", "A claim with a note"},
      {":rocket: Launch it", "Launch it"},
      {"snake_case_names stay", "snake_case_names stay"},
  };
  for (const auto& c : cases) EXPECT_EQ(CleanText(c.raw), c.clean) << c.raw;
}

TEST(CleanText, DecodesEntitiesAndTrimsUnicodeSpaces) {
  EXPECT_EQ(CleanText("Serde &emsp; "), "Serde");
  EXPECT_EQ(CleanText("Serde \u2003 "), "Serde");
  EXPECT_EQ(CleanText("\u00a0Fast &amp; small\u200b"), "Fast & small");
  EXPECT_EQ(TrimSpace("\u2003 npm  install x \u00a0"), "npm  install x");
}

TEST(BuildProfile, NameHasNoTrailingSpaceFromABadgeTitle) {
  // Regression: "# Serde &emsp; [![Build Status]][actions]" gave the name "Serde \u2003".
  core::FactSheet sheet = testing::ReadmeSheet(
      "# Serde &emsp; [![Build Status]][actions]\n\n[Build Status]: https://img.example/b.svg\n"
      "[actions]: https://ci.example\n\n**Serde is a framework for serializing data.**\n");
  const ProjectProfile profile = BuildProfile(sheet);
  EXPECT_EQ(profile.name, "Serde");
  EXPECT_EQ(profile.purpose, "Serde is a framework for serializing data.");
}

TEST(CleanText, FindsFootnoteMarkers) {
  EXPECT_TRUE(HasFootnoteMarker("Increase speed by about 200% to 300%. *"));
  EXPECT_TRUE(HasFootnoteMarker("Fewer bugs[^2]"));
  EXPECT_FALSE(HasFootnoteMarker("No marker here."));
}

TEST(CleanText, SquashesNamesForComparison) {
  EXPECT_EQ(Squash("JSON-Server"), "jsonserver");
  EXPECT_EQ(Squash("json_server"), "jsonserver");
}

TEST(CleanText, SplitsSentencesButNotAbbreviationsOrVersions) {
  const auto sentences = SplitSentences("It is fast, e.g. on v1.2 it is. It is small.");
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[1], "It is small.");
}

}  // namespace
}  // namespace repopost::profile
