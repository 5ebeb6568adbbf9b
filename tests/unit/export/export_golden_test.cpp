// Golden tests: each format's output for the fixture posts equals the file under golden/.
// Regenerate after an intended change with REPOPOST_UPDATE_GOLDEN=1 and review the diff.
#include <gtest/gtest.h>

#include <cstdlib>

#include "export/export_format.h"
#include "export_fixture.h"

namespace repopost::exports {
namespace {

using testing::FullPost;
using testing::ReadFile;
using testing::SparsePost;

struct GoldenCase {
  const char* file;
  ExportFormat format;
  bool both_posts;
  bool bold;
};

class ExportGolden : public ::testing::TestWithParam<GoldenCase> {};

TEST_P(ExportGolden, MatchesGoldenFile) {
  const GoldenCase& c = GetParam();
  ExportOptions options;
  options.linkedin_text.bold_hook = c.bold;
  options.linkedin_payload.author_urn = "urn:li:person:AUTHOR_ID";
  std::vector<ExportInput> posts = {FullPost()};
  if (c.both_posts) posts.push_back(SparsePost());
  auto out = Export(posts, c.format, options);
  ASSERT_TRUE(out.has_value()) << out.error().message;
  const std::string path = std::string(REPOPOST_SOURCE_DIR) + "/tests/unit/export/golden/" + c.file;
  if (std::getenv("REPOPOST_UPDATE_GOLDEN") != nullptr) testing::WriteFile(path, *out);
  EXPECT_EQ(*out, ReadFile(path)) << "golden file " << c.file;
  // Text formats never print a missing field as None or null.
  EXPECT_EQ(out->find("None"), std::string::npos);
  if (c.format != ExportFormat::kJson && c.format != ExportFormat::kNotion &&
      c.format != ExportFormat::kLinkedInApi) {
    EXPECT_EQ(out->find("null"), std::string::npos);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Formats, ExportGolden,
    ::testing::Values(GoldenCase{"post.txt", ExportFormat::kText, false, false},
                      GoldenCase{"post.linkedin.txt", ExportFormat::kLinkedIn, false, false},
                      GoldenCase{"post.linkedin-bold.txt", ExportFormat::kLinkedIn, false, true},
                      GoldenCase{"post.linkedin-api.json", ExportFormat::kLinkedInApi, false,
                                 false},
                      GoldenCase{"post.md", ExportFormat::kMarkdown, false, false},
                      GoldenCase{"post.notion.json", ExportFormat::kNotion, false, false},
                      GoldenCase{"post.notion.md", ExportFormat::kNotionMarkdown, false, false},
                      GoldenCase{"posts.buffer.csv", ExportFormat::kBuffer, true, false},
                      GoldenCase{"posts.csv", ExportFormat::kCsv, true, false},
                      GoldenCase{"posts.json", ExportFormat::kJson, true, false}),
    [](const ::testing::TestParamInfo<GoldenCase>& info) {
      std::string name = info.param.file;
      for (char& ch : name) {
        if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
      }
      return name;
    });

TEST(ExportFormat, RoundTripsNamesAndRejectsSeveralPostsForSinglePostFormats) {
  for (int i = 0; i < 9; ++i) {
    auto f = static_cast<ExportFormat>(i);
    EXPECT_EQ(ParseExportFormat(ToString(f)), f);
  }
  EXPECT_FALSE(ParseExportFormat("docx"));
  auto r = Export({FullPost(), SparsePost()}, ExportFormat::kMarkdown, {});
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, core::ErrorCode::kUsage);
}

TEST(ExportFormat, SparsePostOmitsUnknownFieldsEverywhere) {
  for (ExportFormat f : {ExportFormat::kText, ExportFormat::kLinkedIn, ExportFormat::kMarkdown,
                         ExportFormat::kNotionMarkdown, ExportFormat::kCsv, ExportFormat::kJson,
                         ExportFormat::kBuffer}) {
    auto out = Export({SparsePost()}, f, {});
    ASSERT_TRUE(out.has_value()) << ToString(f);
    EXPECT_EQ(out->find("None"), std::string::npos) << ToString(f);
    EXPECT_EQ(out->find("null"), std::string::npos) << ToString(f);
  }
}

}  // namespace
}  // namespace repopost::exports
