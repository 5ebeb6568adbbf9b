// `repopost worker` and SIGTERM: the item in hand is finished, then the worker exits 0 without
// claiming another. Also: --idle-exit and --max-items end a worker on their own.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include "app/batch_list.h"
#include "child_process.h"
#include "store/store.h"

namespace repopost {
namespace {

using namespace std::chrono_literals;
using testing::ChildProcess;

class WorkerSignalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("worker_signal_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    db_ = "sqlite:" + (dir_ / "store.db").string();
    auto opened = store::OpenStore(db_);
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
    const auto sources = testing::MakeSourceDirectories(dir_ / "repos", 5);
    std::vector<std::string> lines;
    for (int i = 0; i < 40; ++i) {
      lines.push_back(app::FormatBatchLine({.source = sources[i % 5].string()}));
    }
    auto job = store_->batches().CreateBatchJob({.name = "signals"}, lines);
    ASSERT_TRUE(job) << job.error().message;
    job_id_ = job->id;
    env_ = {{"XDG_DATA_HOME", (dir_ / "data").string()},
            {"XDG_CACHE_HOME", (dir_ / "cache").string()}};
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::vector<std::string> Worker(std::vector<std::string> extra) {
    std::vector<std::string> argv{
        testing::RepopostBinary(), "worker", "--db", db_, "--name", "w", "--poll", "0.05"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return argv;
  }
  store::BatchJob Job() { return *store_->batches().GetBatchJob(job_id_); }

  std::filesystem::path dir_;
  std::string db_;
  std::string job_id_;
  std::unique_ptr<store::Store> store_;
  std::map<std::string, std::string> env_;
};

TEST_F(WorkerSignalTest, SigtermFinishesTheItemInHandAndExitsZero) {
  ChildProcess worker(Worker({}), env_, dir_ / "w.log");
  // Freeze the worker while it holds an item, deliver SIGTERM, let it run again.
  std::string held;
  for (int tries = 0; tries < 2000 && held.empty(); ++tries) {
    worker.Signal(SIGSTOP);
    std::this_thread::sleep_for(20ms);
    const auto items = store_->batches().ListBatchItems(job_id_);
    ASSERT_TRUE(items) << items.error().message;
    for (const auto& item : *items) {
      if (item.state == store::BatchItemState::kRunning && item.lease_owner == "w") held = item.id;
    }
    if (held.empty()) {
      worker.Signal(SIGCONT);
      std::this_thread::sleep_for(5ms);
    }
  }
  ASSERT_FALSE(held.empty()) << testing::ReadWholeFile(dir_ / "w.log");
  worker.Signal(SIGTERM);
  worker.Signal(SIGCONT);
  EXPECT_EQ(worker.Wait(), 0) << testing::ReadWholeFile(dir_ / "w.log");

  const auto items = store_->batches().ListBatchItems(job_id_);
  ASSERT_TRUE(items) << items.error().message;
  for (const auto& item : *items) {
    if (item.id == held) {
      EXPECT_EQ(item.state, store::BatchItemState::kDone) << "the item in hand was abandoned";
      EXPECT_EQ(item.attempts, 1);
    }
    EXPECT_NE(item.state, store::BatchItemState::kRunning) << "a claim was left behind";
  }
  const store::BatchJob job = Job();
  EXPECT_GT(job.queued, 0) << "the worker kept going after SIGTERM";
  EXPECT_NE(testing::ReadWholeFile(dir_ / "w.log").find("stopped on signal"), std::string::npos);
}

TEST_F(WorkerSignalTest, MaxItemsThenIdleExitDrainTheQueue) {
  EXPECT_EQ(testing::RunToExit(Worker({"--max-items", "7"}), env_, dir_ / "w.log"), 0);
  EXPECT_EQ(Job().done, 7);
  EXPECT_EQ(testing::RunToExit(Worker({"--idle-exit", "--quiet"}), env_, dir_ / "w.log"), 0);
  EXPECT_EQ(Job().done, 40);
}

TEST_F(WorkerSignalTest, RejectsABadLease) {
  EXPECT_EQ(testing::RunToExit(Worker({"--lease", "0"}), env_, dir_ / "w.log"), 1);
  EXPECT_NE(testing::ReadWholeFile(dir_ / "w.log").find("--lease must be between"),
            std::string::npos);
}

}  // namespace
}  // namespace repopost
