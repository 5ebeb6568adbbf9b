// `repopost batch` error and failure handling, through the real binary.
#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "child_process.h"

namespace repopost {
namespace {

class BatchCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("batch_command_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    env_ = {{"XDG_DATA_HOME", (dir_ / "data").string()},
            {"XDG_CACHE_HOME", (dir_ / "cache").string()}};
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void WriteList(const std::string& text) { std::ofstream(dir_ / "list.txt") << text; }
  int Batch(std::vector<std::string> extra) {
    std::vector<std::string> argv{testing::RepopostBinary(), "batch", (dir_ / "list.txt").string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return testing::RunToExit(argv, env_, dir_ / "log.txt");
  }
  std::string Log() { return testing::ReadWholeFile(dir_ / "log.txt"); }

  std::filesystem::path dir_;
  std::map<std::string, std::string> env_;
};

TEST_F(BatchCommandTest, RecordsFailuresWithTheirReasonAndExitsTwo) {
  testing::MakeSourceDirectories(dir_, 2);
  WriteList("repo-000\n./missing-dir/nothing-here\trecruiter\nrepo-001\tlearning\tminimal\n");
  const std::string out = (dir_ / "out.jsonl").string();
  EXPECT_EQ(Batch({"--out", out, "--jobs", "2"}), 2) << Log();
  EXPECT_NE(Log().find("item 2 failed"), std::string::npos) << Log();

  std::istringstream lines(testing::ReadWholeFile(out));
  std::vector<nlohmann::json> rows;
  for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0]["status"], "done");
  EXPECT_EQ(rows[0]["post"]["style"], "growth");
  EXPECT_EQ(rows[1]["status"], "failed");
  EXPECT_EQ(rows[1]["source"], "./missing-dir/nothing-here");
  EXPECT_FALSE(rows[1]["error"].get<std::string>().empty());
  EXPECT_FALSE(rows[1].contains("post"));
  EXPECT_EQ(rows[2]["status"], "done");
  EXPECT_EQ(rows[2]["post"]["style"], "learning");
  EXPECT_EQ(rows[2]["post"]["tone"], "minimal");
  // The default store under XDG_DATA_HOME was used.
  EXPECT_TRUE(std::filesystem::exists(dir_ / "data" / "repopost" / "repopost.db"));
}

TEST_F(BatchCommandTest, RejectsABadListNamingTheLine) {
  WriteList("# list\no/r\no/s\tviral\n");
  EXPECT_EQ(Batch({"--out", (dir_ / "out.csv").string()}), 2);
  EXPECT_NE(Log().find("line 3: unknown style 'viral'"), std::string::npos) << Log();
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out.csv"));
}

TEST_F(BatchCommandTest, RejectsUnknownFormatAndJobCount) {
  WriteList("o/r\n");
  EXPECT_EQ(Batch({"--out", (dir_ / "out.csv").string(), "--format", "xml"}), 1);
  EXPECT_NE(Log().find("--format must be one of csv|jsonl"), std::string::npos) << Log();
  EXPECT_EQ(Batch({"--out", (dir_ / "out.csv").string(), "--jobs", "0"}), 1);
  EXPECT_NE(Log().find("--jobs must be between 1 and 64"), std::string::npos) << Log();
}

TEST_F(BatchCommandTest, EnqueueOnlyQueuesWithoutProcessingAndARunLaterDrainsIt) {
  testing::MakeSourceDirectories(dir_, 2);
  WriteList("repo-000\nrepo-001\n");
  EXPECT_EQ(Batch({"--enqueue-only"}), 0) << Log();
  EXPECT_NE(Log().find("queued batch "), std::string::npos) << Log();
  EXPECT_NE(Log().find("(2 items)"), std::string::npos) << Log();
  EXPECT_EQ(Log().find("done"), std::string::npos) << Log();  // nothing was generated here
  const std::string out = (dir_ / "out.jsonl").string();
  EXPECT_EQ(Batch({"--out", out}), 0) << Log();  // the same job, drained by a later run
  std::istringstream lines(testing::ReadWholeFile(out));
  int done = 0;
  for (std::string line; std::getline(lines, line);) {
    done += nlohmann::json::parse(line)["status"] == "done" ? 1 : 0;
  }
  EXPECT_EQ(done, 2);
}

TEST_F(BatchCommandTest, OutIsRequiredUnlessEnqueueOnly) {
  WriteList("o/r\n");
  EXPECT_EQ(Batch({}), 1);
  EXPECT_NE(Log().find("--out is required unless --enqueue-only"), std::string::npos) << Log();
}

TEST_F(BatchCommandTest, MissingListIsAnInputError) {
  EXPECT_EQ(testing::RunToExit({testing::RepopostBinary(), "batch", (dir_ / "absent.txt").string(),
                                "--out", (dir_ / "o.csv").string()},
                               env_, dir_ / "log.txt"),
            2);
  EXPECT_NE(Log().find("absent.txt"), std::string::npos) << Log();
}

TEST_F(BatchCommandTest, UnreachableDatabaseIsAStoreError) {
  WriteList("o/r\n");
  EXPECT_EQ(
      Batch({"--out", (dir_ / "out.csv").string(), "--db", "postgres://nobody@127.0.0.1:1/none"}),
      4)
      << Log();
}

}  // namespace
}  // namespace repopost
