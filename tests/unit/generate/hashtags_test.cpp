#include "generate/hashtags.h"

#include <gtest/gtest.h>

#include "fact_sheets.h"

namespace repopost::generate {
namespace {

TEST(Hashtags, ConvertsWordsToCamelCaseTags) {
  const std::pair<const char*, const char*> cases[] = {
      {"machine-learning", "#MachineLearning"},
      {"cli", "#CLI"},
      {"C++", "#Cpp"},
      {"Go", "#Golang"},
      {"rust", "#RustLang"},
      {"fuzzy search", "#FuzzySearch"},
      {"übersetzung", "#übersetzung"},
      {"!!", ""},
      {"2024", ""},
  };
  for (const auto& [word, tag] : cases) EXPECT_EQ(ToHashtag(word), tag) << word;
}

TEST(Hashtags, MapsLanguagesCanonically) {
  EXPECT_EQ(LanguageHashtag("C++"), "#Cpp");
  EXPECT_EQ(LanguageHashtag("Go"), "#Golang");
  EXPECT_EQ(LanguageHashtag("C#"), "#CSharp");
  EXPECT_EQ(LanguageHashtag("Brainfuck"), "");
}

TEST(Hashtags, PicksThreeToFiveDistinctTagsFromFacts) {
  std::vector<std::string> tags = PickHashtags(testing::RichCliTool(), PostOptions{});
  EXPECT_EQ(tags, (std::vector<std::string>{"#OpenSource", "#Golang", "#CLI", "#FuzzySearch"}));
  tags = PickHashtags(testing::LibraryWithBenchmarks(), PostOptions{});
  EXPECT_EQ(tags.front(), "#OpenSource");
  EXPECT_NE(std::find(tags.begin(), tags.end(), "#Cpp"), tags.end());
  EXPECT_NE(std::find(tags.begin(), tags.end(), "#Databases"), tags.end()) << "from 'key-value'";
  tags = PickHashtags(testing::HugeFeatureList(), PostOptions{});
  EXPECT_LE(tags.size(), kMaxHashtags);
}

TEST(Hashtags, FillsThinFactsUpToThreeWithStyleAndGeneralTags) {
  PostOptions options;
  options.style = Style::kBuildInPublic;
  const std::vector<std::string> tags = PickHashtags(testing::ThinRepo(), options);
  EXPECT_EQ(tags, (std::vector<std::string>{"#Python", "#BuildInPublic", "#SoftwareDevelopment"}));
}

TEST(Hashtags, DeduplicatesCaseInsensitively) {
  core::FactSheet sheet;
  sheet.Add(core::FactKind::kLanguage, "Go", {});
  sheet.Add(core::FactKind::kTopic, "golang", {});
  sheet.Add(core::FactKind::kTopic, "GoLang", {});
  const std::vector<std::string> tags = PickHashtags(sheet, PostOptions{});
  EXPECT_EQ(std::count(tags.begin(), tags.end(), "#Golang"), 1);
  EXPECT_GE(tags.size(), kMinHashtags);
}

TEST(Hashtags, NoneWhenDisabled) {
  PostOptions options;
  options.hashtags = false;
  EXPECT_TRUE(PickHashtags(testing::RichCliTool(), options).empty());
}

}  // namespace
}  // namespace repopost::generate
