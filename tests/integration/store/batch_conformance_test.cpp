// Conformance: the batch queue's lease protocol behaves the same on every backend, including
// concurrent claimers on separate connections.
#include <set>
#include <thread>

#include "store_conformance.h"

namespace repopost::store::testing {
namespace {

using core::ErrorCode;
using std::chrono::milliseconds;
using std::chrono::seconds;

TEST_P(StoreConformance, BatchClaimsInOrderAndExclusively) {
  auto job = store_->batches().CreateBatchJob({"", "weekly", 3}, {"o/a", "o/b"});
  ASSERT_TRUE(job) << job.error().message;
  EXPECT_EQ(job->queued, 2);
  auto first = store_->batches().ClaimNext("w1", seconds(30));
  ASSERT_TRUE(first && *first) << (first ? "empty" : first.error().message);
  EXPECT_EQ((*first)->input, "o/a");
  EXPECT_EQ((*first)->attempts, 1);
  EXPECT_EQ((*first)->lease_owner, "w1");
  EXPECT_EQ((*first)->lease_expires_at, clock_.Now() + seconds(30));
  auto second = store_->batches().ClaimNext("w2", seconds(30));
  ASSERT_TRUE(second && *second);
  EXPECT_EQ((*second)->input, "o/b");
  auto none = store_->batches().ClaimNext("w3", seconds(30));
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->has_value());

  ASSERT_TRUE(store_->batches().Complete((*first)->id, "w1", "g_1"));
  EXPECT_EQ(store_->batches().Complete((*second)->id, "w1", "g_2").error().code,
            ErrorCode::kConflict);
  auto status = store_->batches().GetBatchJob(job->id);
  ASSERT_TRUE(status);
  EXPECT_EQ(status->done, 1);
  EXPECT_EQ(status->running, 1);
  EXPECT_FALSE(status->IsFinished());
  ASSERT_TRUE(store_->batches().Complete((*second)->id, "w2", "g_2"));
  EXPECT_TRUE(store_->batches().GetBatchJob(job->id)->IsFinished());
  auto items = store_->batches().ListBatchItems(job->id);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[1].result, "g_2");
  EXPECT_EQ((*items)[1].state, BatchItemState::kDone);
}

TEST_P(StoreConformance, BatchHeartbeatKeepsLeaseAndExpiredLeaseIsReclaimed) {
  auto job = store_->batches().CreateBatchJob({"", "", 3}, {"o/a"});
  ASSERT_TRUE(job);
  auto claimed = store_->batches().ClaimNext("w1", seconds(10));
  ASSERT_TRUE(claimed && *claimed);
  std::string id = (*claimed)->id;
  clock_.Advance(seconds(8));
  ASSERT_TRUE(store_->batches().Heartbeat(id, "w1", seconds(10)));
  clock_.Advance(seconds(8));  // 16 s after the claim, but within the extended lease
  auto nothing = store_->batches().ClaimNext("w2", seconds(10));
  ASSERT_TRUE(nothing);
  EXPECT_FALSE(nothing->has_value());
  clock_.Advance(seconds(3));  // the extended lease has now expired
  auto stolen = store_->batches().ClaimNext("w2", seconds(10));
  ASSERT_TRUE(stolen && *stolen);
  EXPECT_EQ((*stolen)->id, id);
  EXPECT_EQ((*stolen)->attempts, 2);
  EXPECT_EQ((*stolen)->last_error, "the worker lease expired");
  EXPECT_EQ(store_->batches().Heartbeat(id, "w1", seconds(10)).error().code, ErrorCode::kConflict);
  EXPECT_EQ(store_->batches().Complete(id, "w1", "late").error().code, ErrorCode::kConflict);
  EXPECT_TRUE(store_->batches().Complete(id, "w2", "g_9"));
}

TEST_P(StoreConformance, BatchFailureBacksOffThenDeadLetters) {
  auto job = store_->batches().CreateBatchJob({"", "", 2}, {"o/broken"});
  ASSERT_TRUE(job);
  RetryBackoff backoff{milliseconds(1000), milliseconds(60000)};
  auto claimed = store_->batches().ClaimNext("w1", seconds(10));
  ASSERT_TRUE(claimed && *claimed);
  auto state = store_->batches().Fail((*claimed)->id, "w1", "not a repository", backoff);
  ASSERT_TRUE(state) << state.error().message;
  EXPECT_EQ(*state, BatchItemState::kQueued);
  auto early = store_->batches().ClaimNext("w1", seconds(10));
  ASSERT_TRUE(early);
  EXPECT_FALSE(early->has_value()) << "claimable before its backoff ended";
  clock_.Advance(milliseconds(1000));
  auto retried = store_->batches().ClaimNext("w1", seconds(10));
  ASSERT_TRUE(retried && *retried);
  EXPECT_EQ((*retried)->attempts, 2);
  EXPECT_EQ((*retried)->last_error, "not a repository");
  auto dead = store_->batches().Fail((*retried)->id, "w1", "still not a repository", backoff);
  ASSERT_TRUE(dead);
  EXPECT_EQ(*dead, BatchItemState::kDead);
  clock_.Advance(seconds(3600));
  EXPECT_FALSE(store_->batches().ClaimNext("w1", seconds(10))->has_value());
  auto status = store_->batches().GetBatchJob(job->id);
  EXPECT_EQ(status->dead, 1);
  EXPECT_TRUE(status->IsFinished());
}

TEST_P(StoreConformance, BatchLeaseExpiringOnLastAttemptDeadLetters) {
  auto job = store_->batches().CreateBatchJob({"", "", 1}, {"o/hangs", "o/fine"});
  ASSERT_TRUE(job);
  auto claimed = store_->batches().ClaimNext("w1", seconds(5));
  ASSERT_TRUE(claimed && *claimed);
  clock_.Advance(seconds(6));
  auto requeued = store_->batches().RequeueExpired();
  ASSERT_TRUE(requeued) << requeued.error().message;
  EXPECT_EQ(*requeued, 1);
  auto items = store_->batches().ListBatchItems(job->id);
  ASSERT_TRUE(items);
  EXPECT_EQ((*items)[0].state, BatchItemState::kDead);
  EXPECT_NE((*items)[0].last_error.find("last allowed attempt"), std::string::npos);
  auto next = store_->batches().ClaimNext("w2", seconds(5));
  ASSERT_TRUE(next && *next);
  EXPECT_EQ((*next)->input, "o/fine");
}

TEST_P(StoreConformance, BatchRejectsEmptyJobsAndBadLimits) {
  EXPECT_EQ(store_->batches().CreateBatchJob({"", "", 3}, {}).error().code, ErrorCode::kInput);
  EXPECT_EQ(store_->batches().CreateBatchJob({"", "", 0}, {"x"}).error().code, ErrorCode::kInput);
  EXPECT_EQ(store_->batches().GetBatchJob("b_nope").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(store_->batches().ClaimNext("", seconds(1)).error().code, ErrorCode::kUsage);
}

TEST_P(StoreConformance, ConcurrentWorkersOnSeparateConnectionsNeverShareAnItem) {
  constexpr int kItems = 60;
  std::vector<std::string> inputs;
  for (int i = 0; i < kItems; ++i) inputs.push_back("o/r" + std::to_string(i));
  auto job = store_->batches().CreateBatchJob({"", "", 3}, inputs);
  ASSERT_TRUE(job);
  constexpr int kWorkers = 4;
  std::vector<std::unique_ptr<Store>> stores;
  for (int w = 0; w < kWorkers; ++w) stores.push_back(OpenSecond());
  std::vector<std::vector<std::string>> claimed(kWorkers);
  std::vector<std::string> errors(kWorkers);
  std::vector<std::thread> threads;
  for (int w = 0; w < kWorkers; ++w) {
    threads.emplace_back([&, w] {
      std::string owner = "w" + std::to_string(w);
      while (true) {
        auto item = stores[w]->batches().ClaimNext(owner, seconds(60));
        if (!item) {
          errors[w] = item.error().message;
          return;
        }
        if (!*item) return;
        claimed[w].push_back((*item)->id);
        auto done = stores[w]->batches().Complete((*item)->id, owner, "ok");
        if (!done) {
          errors[w] = done.error().message;
          return;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  std::set<std::string> unique;
  std::size_t total = 0;
  for (int w = 0; w < kWorkers; ++w) {
    EXPECT_EQ(errors[w], "") << "worker " << w;
    total += claimed[w].size();
    unique.insert(claimed[w].begin(), claimed[w].end());
  }
  EXPECT_EQ(total, static_cast<std::size_t>(kItems));
  EXPECT_EQ(unique.size(), static_cast<std::size_t>(kItems));
  EXPECT_EQ(store_->batches().GetBatchJob(job->id)->done, kItems);
}

}  // namespace
}  // namespace repopost::store::testing
