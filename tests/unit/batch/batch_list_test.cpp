#include "app/batch_list.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "app/batch_service.h"

namespace repopost::app {
namespace {

using generate::HookType;
using generate::Style;
using generate::Tone;

struct LineCase {
  std::string line;
  BatchItemSpec expected;
};

class ParseBatchLineTest : public ::testing::TestWithParam<LineCase> {};

TEST_P(ParseBatchLineTest, ReadsColumnsAndFillsDefaults) {
  auto spec = ParseBatchLine(GetParam().line, BatchListOptions{});
  ASSERT_TRUE(spec) << spec.error().message;
  EXPECT_EQ(*spec, GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, ParseBatchLineTest,
    ::testing::Values(
        LineCase{"https://github.com/junegunn/fzf",
                 {"https://github.com/junegunn/fzf", Style::kGrowth, Tone::kBalanced,
                  HookType::kCuriosity}},
        LineCase{"  o/r  ", {"o/r", Style::kGrowth, Tone::kBalanced, HookType::kCuriosity}},
        LineCase{"/src/tool\tlearning",
                 {"/src/tool", Style::kLearning, Tone::kBalanced, HookType::kCuriosity}},
        LineCase{"/src/tool\trecruiter\thigh-energy",
                 {"/src/tool", Style::kRecruiter, Tone::kHighEnergy, HookType::kCuriosity}},
        LineCase{"/src/tool\t\tminimal\tstory",
                 {"/src/tool", Style::kGrowth, Tone::kMinimal, HookType::kStory}},
        LineCase{"/a b/c\tbuild-in-public\t \t",
                 {"/a b/c", Style::kBuildInPublic, Tone::kBalanced, HookType::kCuriosity}}));

struct BadCase {
  std::string line;
  core::ErrorCode code;
  std::string message_part;
};

class RejectBatchLineTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(RejectBatchLineTest, NamesWhatIsWrong) {
  auto spec = ParseBatchLine(GetParam().line, BatchListOptions{});
  ASSERT_FALSE(spec);
  EXPECT_EQ(spec.error().code, GetParam().code);
  EXPECT_NE(spec.error().message.find(GetParam().message_part), std::string::npos)
      << spec.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Lines, RejectBatchLineTest,
    ::testing::Values(
        BadCase{"o/r\tviral", core::ErrorCode::kInput, "unknown style 'viral'"},
        BadCase{"o/r\tgrowth\tloud", core::ErrorCode::kInput, "unknown tone 'loud'"},
        BadCase{"o/r\tgrowth\tminimal\twow", core::ErrorCode::kInput, "unknown hook 'wow'"},
        BadCase{"o/r\tgrowth\tminimal\tstory\textra", core::ErrorCode::kInput, "too many"},
        BadCase{"\tgrowth", core::ErrorCode::kInput, "source column is empty"},
        BadCase{std::string("o/\x01r"), core::ErrorCode::kInput, "control"},
        BadCase{std::string(5000, 'a'), core::ErrorCode::kTooLarge, "longer"}));

TEST(ParseBatchList, SkipsBlankLinesCommentsBomAndCarriageReturns) {
  const std::string text =
      "\xEF\xBB\xBF# weekly releases\r\n"
      "\r\n"
      "o/one\r\n"
      "   # indented comment\n"
      "o/two\tlearning\n"
      "\n"
      "o/three";
  auto items = ParseBatchList(text, BatchListOptions{});
  ASSERT_TRUE(items) << items.error().message;
  ASSERT_EQ(items->size(), 3u);
  EXPECT_EQ((*items)[0].source, "o/one");
  EXPECT_EQ((*items)[1].source, "o/two");
  EXPECT_EQ((*items)[1].style, Style::kLearning);
  EXPECT_EQ((*items)[2].source, "o/three");
}

TEST(ParseBatchList, UsesTheCommandDefaultsForEmptyColumns) {
  BatchListOptions options;
  options.defaults.style = Style::kRecruiter;
  options.defaults.tone = Tone::kMinimal;
  options.defaults.hook = HookType::kContrarian;
  auto items = ParseBatchList("o/r\n", options);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[0],
            (BatchItemSpec{"o/r", Style::kRecruiter, Tone::kMinimal, HookType::kContrarian}));
}

TEST(ParseBatchList, ErrorNamesTheLineNumber) {
  auto items = ParseBatchList("# header\no/a\no/b\tnope\n", BatchListOptions{});
  ASSERT_FALSE(items);
  EXPECT_EQ(items.error().code, core::ErrorCode::kInput);
  EXPECT_EQ(items.error().message.rfind("line 3: unknown style 'nope'", 0), 0u)
      << items.error().message;
}

TEST(ParseBatchList, RejectsAListWithNoSources) {
  for (const std::string text : {"", "\n\n", "# only a comment\n  \n"}) {
    auto items = ParseBatchList(text, BatchListOptions{});
    ASSERT_FALSE(items);
    EXPECT_EQ(items.error().code, core::ErrorCode::kInput);
    EXPECT_NE(items.error().message.find("no sources"), std::string::npos);
  }
}

TEST(ParseBatchList, ResolvesPathsThatExistRelativeToTheList) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("batch_list_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "repos" / "tool");
  auto items = ParseBatchList("repos/tool\nowner/name\n", {.base_dir = dir});
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(items) << items.error().message;
  EXPECT_EQ((*items)[0].source, (dir / "repos" / "tool").string());
  EXPECT_EQ((*items)[1].source, "owner/name");  // not a path here: left for the GitHub loader
}

TEST(FormatBatchLine, RoundTripsThroughTheParser) {
  const BatchItemSpec spec{"/src/a b", Style::kBuildInPublic, Tone::kHighEnergy,
                           HookType::kEmotional};
  const std::string line = FormatBatchLine(spec);
  EXPECT_EQ(line, "/src/a b\tbuild-in-public\thigh-energy\temotional");
  auto back = ParseBatchLine(line, BatchListOptions{});
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, spec);
}

TEST(BatchJobId, IsStableAndDependsOnLinesOrderAndAttempts) {
  const std::vector<std::string> lines{"a\tgrowth\tbalanced\tcuriosity",
                                       "b\tgrowth\tbalanced\tcuriosity"};
  const std::string id = BatchJobId(lines, 3);
  EXPECT_EQ(id, BatchJobId(lines, 3));
  EXPECT_EQ(id.size(), 2u + 24u);
  EXPECT_EQ(id.rfind("b_", 0), 0u);
  EXPECT_NE(id, BatchJobId({lines[1], lines[0]}, 3));
  EXPECT_NE(id, BatchJobId(lines, 4));
  EXPECT_NE(id, BatchJobId({lines[0]}, 3));
  // The line separator is part of the hash: "ab" + "c" differs from "a" + "bc".
  EXPECT_NE(BatchJobId({"ab", "c"}, 3), BatchJobId({"a", "bc"}, 3));
}

TEST(GenerationIdForItem, ReusesTheItemIdSuffix) {
  EXPECT_EQ(GenerationIdForItem("bi_7kq2m9x4c1ha"), "g_7kq2m9x4c1ha");
}

}  // namespace
}  // namespace repopost::app
