// Three `repopost worker` processes on one throw-away PostgreSQL drain 500 items; one is
// SIGKILLed while it holds an item. Its lease (2 s) runs out, another worker finishes the item:
// every item is done exactly once (one stored post each), none is lost, the survivors stop on
// SIGTERM with exit code 0.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <set>
#include <thread>

#include "app/batch_list.h"
#include "child_process.h"
#include "pg_cluster/pg_cluster.h"
#include "store/store.h"

namespace repopost {
namespace {

using namespace std::chrono_literals;
using testing::ChildProcess;

std::filesystem::path TempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / (name + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Freezes `worker` at a moment it holds a running item and returns that item's id.
std::string StopWhileHoldingAnItem(ChildProcess& worker, const std::string& owner,
                                   store::Store& store, const std::string& job_id) {
  for (int tries = 0; tries < 2000; ++tries) {
    worker.Signal(SIGSTOP);
    std::this_thread::sleep_for(20ms);  // let a claim in flight commit
    auto items = store.batches().ListBatchItems(job_id);
    if (items) {
      for (const auto& item : *items) {
        if (item.state == store::BatchItemState::kRunning && item.lease_owner == owner) {
          return item.id;
        }
      }
    }
    worker.Signal(SIGCONT);
    std::this_thread::sleep_for(5ms);
  }
  return "";
}

TEST(WorkerKill, ThreeWorkersOneKilledEveryItemDoneExactlyOnce) {
  constexpr int kItems = 500;
  const auto dir = TempDir("worker_kill");
  auto cluster = testing::PgCluster::Start();
  ASSERT_TRUE(cluster) << cluster.error().message;
  auto url = (*cluster)->CreateDatabase("workers");
  ASSERT_TRUE(url) << url.error().message;
  auto store = store::OpenStore(*url);
  ASSERT_TRUE(store) << store.error().message;

  const auto sources = testing::MakeSourceDirectories(dir / "repos", 50);
  std::vector<std::string> lines;
  for (int i = 0; i < kItems; ++i) {
    app::BatchItemSpec spec{.source = sources[i % sources.size()].string()};
    spec.style = static_cast<generate::Style>(i % 4);
    lines.push_back(app::FormatBatchLine(spec));
  }
  auto job = (*store)->batches().CreateBatchJob({.name = "kill test", .max_attempts = 3}, lines);
  ASSERT_TRUE(job) << job.error().message;

  const std::map<std::string, std::string> env{{"XDG_DATA_HOME", (dir / "data").string()},
                                               {"XDG_CACHE_HOME", (dir / "cache").string()}};
  std::vector<std::unique_ptr<ChildProcess>> workers;
  for (int i = 1; i <= 3; ++i) {
    workers.push_back(std::make_unique<ChildProcess>(
        std::vector<std::string>{testing::RepopostBinary(), "worker", "--db", *url, "--lease", "2",
                                 "--poll", "0.05", "--name", "w" + std::to_string(i), "--quiet"},
        env, dir / ("w" + std::to_string(i) + ".log")));
  }

  // Let about a fifth of the work happen, then kill worker 1 while it holds an item.
  while (true) {
    auto progress = (*store)->batches().GetBatchJob(job->id);
    ASSERT_TRUE(progress);
    if (progress->done >= kItems / 5) break;
    ASSERT_TRUE(workers[0]->IsRunning()) << testing::ReadWholeFile(dir / "w1.log");
    std::this_thread::sleep_for(10ms);
  }
  const std::string orphan = StopWhileHoldingAnItem(*workers[0], "w1", **store, job->id);
  ASSERT_FALSE(orphan.empty()) << "worker 1 never held an item";
  workers[0]->Signal(SIGKILL);
  EXPECT_EQ(workers[0]->Wait(), 128 + SIGKILL);

  const auto deadline = std::chrono::steady_clock::now() + 240s;
  store::BatchJob finished;
  while (std::chrono::steady_clock::now() < deadline) {
    auto progress = (*store)->batches().GetBatchJob(job->id);
    ASSERT_TRUE(progress);
    finished = *progress;
    if (finished.IsFinished()) break;
    std::this_thread::sleep_for(50ms);
  }
  ASSERT_TRUE(finished.IsFinished()) << finished.done << " done, " << finished.running
                                     << " running, " << finished.queued << " queued";
  for (int i = 1; i < 3; ++i) {
    workers[i]->Signal(SIGTERM);
    EXPECT_EQ(workers[i]->Wait(), 0)
        << testing::ReadWholeFile(dir / ("w" + std::to_string(i + 1) + ".log"));
  }

  EXPECT_EQ(finished.done, kItems);
  EXPECT_EQ(finished.dead, 0);
  auto items = (*store)->batches().ListBatchItems(job->id);
  ASSERT_TRUE(items);
  std::set<std::string> results;
  for (const auto& item : *items) {
    EXPECT_EQ(item.state, store::BatchItemState::kDone);
    results.insert(item.result);
    if (item.id == orphan) {
      EXPECT_EQ(item.attempts, 2) << "the killed worker's item was not taken over";
      EXPECT_NE(item.last_error.find("lease expired"), std::string::npos) << item.last_error;
    } else {
      EXPECT_EQ(item.attempts, 1) << item.id;
    }
  }
  EXPECT_EQ(results.size(), static_cast<std::size_t>(kItems));
  auto history = (*store)->generations().ListHistory({.limit = 1000});
  ASSERT_TRUE(history);
  EXPECT_EQ(history->size(), static_cast<std::size_t>(kItems)) << "a post was stored twice";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace repopost
