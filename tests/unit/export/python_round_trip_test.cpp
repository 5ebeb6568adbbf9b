// Round trips through independent parsers: Python's csv module for the Buffer and batch CSV, and
// PyYAML (when installed) for the Markdown front matter. Runs python3 as a subprocess.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "export/csv_export.h"
#include "export/csv_reader.h"
#include "export/markdown_export.h"
#include "export_fixture.h"

namespace repopost::exports {
namespace {

// Runs `python3 -c script path` and returns its stdout.
std::string RunPython(const std::string& script, const std::string& path) {
  const std::string script_path = path + ".py";
  testing::WriteFile(script_path, script);
  const std::string command = "python3 '" + script_path + "' '" + path + "' 2>&1";
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return out;
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
  pclose(pipe);
  return out;
}

std::string TempPath(const std::string& name) {
  auto dir = std::filesystem::path(REPOPOST_BINARY_DIR) / "tests" / "export_round_trip";
  std::filesystem::create_directories(dir);
  return (dir / name).string();
}

constexpr const char* kCsvToJson = R"(import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    print(json.dumps(list(csv.reader(f, strict=True))))
)";

TEST(PythonRoundTrip, BufferCsvParsesIdenticallyInPythonAndCpp) {
  auto csv = RenderBufferCsv({testing::FullPost(), testing::SparsePost()});
  ASSERT_TRUE(csv.has_value());
  const std::string path = TempPath("buffer.csv");
  testing::WriteFile(path, *csv);
  const std::string out = RunPython(kCsvToJson, path);
  nlohmann::json rows = nlohmann::json::parse(out, nullptr, false);
  ASSERT_FALSE(rows.is_discarded()) << out;
  auto cpp = ParseCsv(*csv);
  ASSERT_TRUE(cpp.has_value());
  ASSERT_EQ(rows.size(), cpp->size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].get<std::vector<std::string>>(), (*cpp)[i]) << "row " << i;
  }
  EXPECT_EQ(rows[0], (std::vector<std::string>{"Text", "Image URL", "Tags", "Posting Time"}));
  EXPECT_EQ(rows[1][0], testing::FullPost().text);
  EXPECT_EQ(rows[1][3], "2026-11-25 09:30");
}

TEST(PythonRoundTrip, BatchCsvKeepsEveryField) {
  const std::string csv = RenderBatchCsv({testing::FullPost(), testing::SparsePost()});
  const std::string path = TempPath("batch.csv");
  testing::WriteFile(path, csv);
  nlohmann::json rows = nlohmann::json::parse(RunPython(kCsvToJson, path), nullptr, false);
  ASSERT_FALSE(rows.is_discarded());
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][7], testing::FullPost().text);
  EXPECT_EQ(rows[1][9], testing::FullPost().caption);
  EXPECT_EQ(rows[1][10], "82.5");
  EXPECT_EQ(rows[2][10], "");  // unknown quality: an empty cell, never "None"
}

TEST(PythonRoundTrip, MarkdownFrontMatterParsesAsYaml) {
  const std::string md = RenderMarkdown(testing::FullPost());
  const std::string path = TempPath("post.md");
  testing::WriteFile(path, md);
  const std::string script = R"(import json, sys
try:
    import yaml
except ImportError:
    print(json.dumps({"skip": True})); sys.exit(0)
text = open(sys.argv[1], encoding='utf-8').read()
assert text.startswith('---\n')
front, body = text[4:].split('\n---\n', 1)
print(json.dumps({"meta": yaml.safe_load(front), "body": body}))
)";
  nlohmann::json j = nlohmann::json::parse(RunPython(script, path), nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  if (j.contains("skip")) GTEST_SKIP() << "PyYAML is not installed";
  const nlohmann::json& meta = j["meta"];
  ExportInput in = testing::FullPost();
  EXPECT_EQ(meta["title"], in.hook);
  EXPECT_EQ(meta["id"], in.id);
  EXPECT_EQ(meta["created_at"], in.created_at);
  EXPECT_DOUBLE_EQ(meta["quality"].get<double>(), 82.5);
  EXPECT_EQ(meta["hashtags"].get<std::vector<std::string>>(), in.hashtags);
  EXPECT_NE(j["body"].get<std::string>().find("- Put(), Get()"), std::string::npos);
}

}  // namespace
}  // namespace repopost::exports
