// `repopost batch` as a real subprocess: 200 sources with --jobs 4, SIGKILLed half-way, then the
// same command again. Every item must end up done exactly once: one stored post per item (none
// duplicated by the redo of items the killed run held), one output row per item.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <set>
#include <thread>

#include "app/batch_list.h"
#include "app/batch_service.h"
#include "child_process.h"
#include "export/csv_reader.h"
#include "store/store.h"

namespace repopost {
namespace {

using testing::ChildProcess;

class BatchResumeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("batch_resume_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path dir_;
};

// The job id the command derives for `list` (what a user would see in its messages).
std::string JobIdFor(const std::filesystem::path& list) {
  auto items = app::ParseBatchList(testing::ReadWholeFile(list), {.base_dir = list.parent_path()});
  EXPECT_TRUE(items);
  std::vector<std::string> lines;
  for (const auto& item : *items) lines.push_back(app::FormatBatchLine(item));
  return app::BatchJobId(lines, 3);
}

TEST_F(BatchResumeTest, KilledHalfWayAndRerunDoesEveryItemExactlyOnce) {
  constexpr int kItems = 200;
  testing::MakeSourceDirectories(dir_ / "repos", kItems);
  {
    std::ofstream list(dir_ / "list.txt");
    list << "# 200 fixture repositories\n";
    const char* const kStyles[] = {"", "\tlearning", "\trecruiter\tminimal", "\t\thigh-energy"};
    for (int i = 0; i < kItems; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "repos/repo-%03d", i);
      list << name << kStyles[i % 4] << "\n";
      if (i % 50 == 0) list << "\n";
    }
  }
  const std::string db = "sqlite:" + (dir_ / "store.db").string();
  const std::vector<std::string> command{testing::RepopostBinary(),
                                         "batch",
                                         (dir_ / "list.txt").string(),
                                         "--out",
                                         (dir_ / "out.csv").string(),
                                         "--jobs",
                                         "4",
                                         "--db",
                                         db,
                                         "--lease",
                                         "2"};
  const std::map<std::string, std::string> env{{"XDG_DATA_HOME", (dir_ / "data").string()},
                                               {"XDG_CACHE_HOME", (dir_ / "cache").string()}};
  const std::string job_id = JobIdFor(dir_ / "list.txt");

  auto store = store::OpenStore(db);
  ASSERT_TRUE(store) << store.error().message;
  int done_at_kill = 0;
  {
    ChildProcess first(command, env, dir_ / "first.log");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
      auto job = (*store)->batches().GetBatchJob(job_id);
      if (job && job->done >= kItems / 2) break;
      ASSERT_TRUE(first.IsRunning()) << testing::ReadWholeFile(dir_ / "first.log");
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    first.Signal(SIGKILL);
    EXPECT_EQ(first.Wait(), 128 + SIGKILL);
    auto job = (*store)->batches().GetBatchJob(job_id);
    ASSERT_TRUE(job) << job.error().message;
    done_at_kill = job->done;
  }
  ASSERT_GE(done_at_kill, kItems / 2);
  ASSERT_LT(done_at_kill, kItems) << "the first run finished before it could be killed";
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out.csv"));

  ASSERT_EQ(testing::RunToExit(command, env, dir_ / "second.log"), 0)
      << testing::ReadWholeFile(dir_ / "second.log");
  EXPECT_NE(testing::ReadWholeFile(dir_ / "second.log").find("resuming batch " + job_id),
            std::string::npos);

  // The store: every item done once, each with its own stored post, and no other posts.
  auto job = (*store)->batches().GetBatchJob(job_id);
  ASSERT_TRUE(job);
  EXPECT_EQ(job->done, kItems);
  EXPECT_EQ(job->dead, 0);
  auto items = (*store)->batches().ListBatchItems(job_id);
  ASSERT_TRUE(items);
  ASSERT_EQ(items->size(), static_cast<std::size_t>(kItems));
  std::set<std::string> results;
  for (const auto& item : *items) {
    EXPECT_EQ(item.state, store::BatchItemState::kDone) << item.ordinal;
    EXPECT_TRUE((*store)->generations().GetGeneration(item.result)) << item.result;
    results.insert(item.result);
  }
  EXPECT_EQ(results.size(), static_cast<std::size_t>(kItems));
  auto history = (*store)->generations().ListHistory({.limit = 1000});
  ASSERT_TRUE(history);
  EXPECT_EQ(history->size(), static_cast<std::size_t>(kItems)) << "a post was stored twice";

  // The output file: the header and one row per item, in list order, each done.
  auto table = exports::ReadCsv(testing::ReadWholeFile(dir_ / "out.csv"));
  ASSERT_TRUE(table) << table.error().message;
  ASSERT_EQ(table->rows.size(), static_cast<std::size_t>(kItems));
  const std::size_t item_col = *table->Column("item"), status_col = *table->Column("status"),
                    source_col = *table->Column("source"), text_col = *table->Column("text"),
                    gen_col = *table->Column("generation_id");
  std::set<std::string> row_generations;
  for (int i = 0; i < kItems; ++i) {
    const auto& row = table->rows[i];
    EXPECT_EQ(row[item_col], std::to_string(i + 1));
    EXPECT_EQ(row[status_col], "done");
    char name[32];
    std::snprintf(name, sizeof name, "repo-%03d", i);
    EXPECT_EQ(std::filesystem::path(row[source_col]).filename(), name);
    EXPECT_NE(row[text_col].find(name), std::string::npos) << row[text_col];
    row_generations.insert(row[gen_col]);
  }
  EXPECT_EQ(row_generations, results);

  // A third run finds the job finished: nothing is redone, the file is rewritten the same.
  const std::string first_output = testing::ReadWholeFile(dir_ / "out.csv");
  ASSERT_EQ(testing::RunToExit(command, env, dir_ / "third.log"), 0);
  EXPECT_EQ(testing::ReadWholeFile(dir_ / "out.csv"), first_output);
  history = (*store)->generations().ListHistory({.limit = 1000});
  ASSERT_TRUE(history);
  EXPECT_EQ(history->size(), static_cast<std::size_t>(kItems));
}

}  // namespace
}  // namespace repopost
