// BatchWorker against a real SQLite store, with processors written for the test: heartbeats keep
// a slow item's lease, failures retry with backoff and then dead-letter, bad input dead-letters
// at once, a lost lease is reported and not completed twice.
#include "app/batch_worker.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "store/store.h"

namespace repopost::app {
namespace {

using namespace std::chrono_literals;

class BatchWorkerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("batch_worker_" + std::to_string(::getpid()) + ".db");
    std::filesystem::remove(path_);
    auto opened = store::OpenStore("sqlite:" + path_.string());
    ASSERT_TRUE(opened) << opened.error().message;
    store_ = std::move(*opened);
  }
  void TearDown() override {
    store_.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
      std::filesystem::remove(path_.string() + suffix);
  }
  std::string Submit(std::vector<std::string> inputs, int max_attempts = 3) {
    store::BatchJob job;
    job.max_attempts = max_attempts;
    auto created = store_->batches().CreateBatchJob(job, inputs);
    EXPECT_TRUE(created);
    return created->id;
  }

  std::filesystem::path path_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(BatchWorkerTest, HeartbeatKeepsASlowItemLeasedPastItsLease) {
  const std::string job = Submit({"slow"});
  std::atomic<bool> started = false;
  BatchWorker slow(store_->batches(),
                   [&](const store::BatchItem&) -> core::Result<std::string> {
                     started = true;
                     std::this_thread::sleep_for(1500ms);  // five leases
                     return std::string("ok");
                   },
                   {.owner = "slow", .lease = 300ms});
  std::thread runner([&] { EXPECT_TRUE(slow.RunOnce()); });
  while (!started) std::this_thread::sleep_for(5ms);
  // While the slow worker heartbeats, nobody else can claim the item.
  for (int i = 0; i < 10; ++i) {
    auto other = store_->batches().ClaimNext("other", 300ms);
    ASSERT_TRUE(other);
    EXPECT_FALSE(*other) << "the lease ran out under a heartbeating worker";
    std::this_thread::sleep_for(100ms);
  }
  runner.join();
  auto items = store_->batches().ListBatchItems(job);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[0].state, store::BatchItemState::kDone);
  EXPECT_EQ((*items)[0].result, "ok");
  EXPECT_EQ((*items)[0].attempts, 1);
}

TEST_F(BatchWorkerTest, TransientFailuresRetryWithBackoffThenDeadLetter) {
  const std::string job = Submit({"flaky"}, 3);
  int calls = 0;
  BatchWorker worker(
      store_->batches(),
      [&](const store::BatchItem&) -> core::Result<std::string> {
        ++calls;
        return core::Fail(core::ErrorCode::kTimeout, "the provider timed out");
      },
      {.owner = "w", .lease = 5s, .idle_poll = 10ms, .backoff = {.base = 50ms, .max = 100ms}});
  std::vector<BatchItemOutcome> outcomes;
  const BatchWorkerStats stats =
      worker.Run([&] { return outcomes.size() == 3; }, false,
                 [&](const ProcessedItem& p) { outcomes.push_back(p.outcome); });
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(outcomes,
            (std::vector<BatchItemOutcome>{BatchItemOutcome::kRetrying, BatchItemOutcome::kRetrying,
                                           BatchItemOutcome::kDead}));
  EXPECT_EQ(stats.dead, 1);
  auto items = store_->batches().ListBatchItems(job);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[0].state, store::BatchItemState::kDead);
  EXPECT_EQ((*items)[0].last_error, "the provider timed out");
}

TEST_F(BatchWorkerTest, BadInputSpendsItsAttemptsAtOnce) {
  const std::string job = Submit({"/no/such/path"}, 3);
  BatchWorker worker(store_->batches(),
                     [](const store::BatchItem& item) -> core::Result<std::string> {
                       return core::Fail(core::ErrorCode::kInput,
                                         "cannot read '" + item.input + "'");
                     },
                     // A backoff of an hour: only the no-delay rule for bad input can finish.
                     {.owner = "w", .idle_poll = 10ms, .backoff = {.base = 3600s, .max = 3600s}});
  const BatchWorkerStats stats = worker.Run({}, /*exit_when_idle=*/true);
  EXPECT_EQ(stats.retrying, 2);
  EXPECT_EQ(stats.dead, 1);
  auto finished = store_->batches().GetBatchJob(job);
  ASSERT_TRUE(finished);
  EXPECT_EQ(finished->dead, 1);
}

TEST_F(BatchWorkerTest, ExceptionFromTheProcessorFailsTheItemNotTheWorker) {
  Submit({"boom", "fine"}, 1);
  BatchWorker worker(store_->batches(),
                     [](const store::BatchItem& item) -> core::Result<std::string> {
                       if (item.input == "boom") throw std::runtime_error("bug");
                       return item.input;
                     },
                     {.owner = "w"});
  const BatchWorkerStats stats = worker.Run({}, /*exit_when_idle=*/true);
  EXPECT_EQ(stats.dead, 1);
  EXPECT_EQ(stats.done, 1);
}

TEST_F(BatchWorkerTest, ALeaseTakenOverIsReportedAndCompletedOnlyByTheNewOwner) {
  const std::string job = Submit({"contested"});
  // The processor simulates a stall the heartbeat cannot cover: it hands the item to another
  // worker by letting the lease expire on the store's side (a heartbeat interval past the lease).
  BatchWorker stalled(store_->batches(),
                      [&](const store::BatchItem&) -> core::Result<std::string> {
                        std::this_thread::sleep_for(400ms);
                        auto other = store_->batches().ClaimNext("rescuer", 10s);
                        EXPECT_TRUE(other && *other);
                        EXPECT_TRUE(store_->batches().Complete((**other).id, "rescuer", "theirs"));
                        return std::string("mine");
                      },
                      {.owner = "stalled", .lease = 200ms, .heartbeat = 10s});
  auto processed = stalled.RunOnce();
  ASSERT_TRUE(processed && *processed);
  EXPECT_EQ((*processed)->outcome, BatchItemOutcome::kLostLease);
  auto items = store_->batches().ListBatchItems(job);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[0].result, "theirs");
  EXPECT_EQ((*items)[0].attempts, 2);
}

TEST_F(BatchWorkerTest, MaxItemsStopsTheWorker) {
  Submit({"a", "b", "c"});
  BatchWorker worker(
      store_->batches(),
      [](const store::BatchItem& item) -> core::Result<std::string> { return item.input; },
      {.owner = "w", .max_items = 2});
  EXPECT_EQ(worker.Run({}, /*exit_when_idle=*/false).done, 2);
}

}  // namespace
}  // namespace repopost::app
