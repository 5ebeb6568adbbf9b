// BatchStore: a durable work queue of batch items that several workers (threads or processes
// sharing one database) drain with leases.
//
//   auto item = batches.ClaimNext("worker-1", std::chrono::seconds(60));
//   if (item && *item) { ... batches.Heartbeat(id, "worker-1", 60s) while working ...
//                        batches.Complete(id, "worker-1", result) or batches.Fail(id, ...) }
//
// A claim is exclusive: PostgreSQL picks the row with FOR UPDATE SKIP LOCKED, SQLite inside an
// immediate (write-locked) transaction. A lease that expires without a heartbeat makes the item
// claimable again; an item whose lease expired on its last allowed attempt is dead-lettered.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace repopost::store {

enum class BatchItemState { kQueued, kRunning, kDone, kDead };
std::string_view ToString(BatchItemState value);
std::optional<BatchItemState> ParseBatchItemState(std::string_view text);

struct BatchItem {
  std::string id;  // "bi_…"
  std::string job_id;
  int ordinal = 0;    // position in the job's input list, from 0
  std::string input;  // the source to generate from, as given
  BatchItemState state = BatchItemState::kQueued;
  std::string lease_owner;  // "" unless running
  std::chrono::system_clock::time_point lease_expires_at{};
  std::chrono::system_clock::time_point available_at{};  // not claimable before (backoff)
  int attempts = 0;                                      // claims so far
  std::string last_error;                                // "" until a failure
  std::string result;                                    // e.g. the generation id, "" until done
};

struct BatchJob {
  std::string id;  // "b_…"; assigned by the store when empty
  std::string name;
  int max_attempts = 3;  // 1..100
  std::chrono::system_clock::time_point created_at{};
  // Filled by GetBatchJob.
  int queued = 0, running = 0, done = 0, dead = 0;
  bool IsFinished() const { return queued == 0 && running == 0; }
};

// Delay before a failed item may be claimed again: base * 2^(attempts-1), at most `max`.
struct RetryBackoff {
  std::chrono::milliseconds base{1000};
  std::chrono::milliseconds max{60000};
};

class BatchStore {
 public:
  virtual ~BatchStore() = default;
  // Creates the job and one queued item per input, in one transaction. kInput when empty.
  virtual core::Result<BatchJob> CreateBatchJob(const BatchJob& job,
                                                const std::vector<std::string>& inputs) = 0;
  virtual core::Result<BatchJob> GetBatchJob(const std::string& id) = 0;
  virtual core::Result<std::vector<BatchItem>> ListBatchItems(const std::string& job_id) = 0;
  // The oldest claimable item (queued and available, or running with an expired lease), now
  // leased to `owner` for `lease`; nullopt when nothing is claimable.
  virtual core::Result<std::optional<BatchItem>> ClaimNext(const std::string& owner,
                                                           std::chrono::milliseconds lease) = 0;
  // Extends the lease. kConflict when `owner` no longer holds it (expired and re-claimed, or done).
  virtual core::Status Heartbeat(const std::string& item_id, const std::string& owner,
                                 std::chrono::milliseconds lease) = 0;
  // Marks the item done with its result. kConflict when `owner` does not hold the lease.
  virtual core::Status Complete(const std::string& item_id, const std::string& owner,
                                const std::string& result) = 0;
  // Records the error; re-queues the item after the backoff, or dead-letters it when it has used
  // its job's max attempts. Returns the new state. kConflict when `owner` does not hold the lease.
  virtual core::Result<BatchItemState> Fail(const std::string& item_id, const std::string& owner,
                                            const std::string& error,
                                            const RetryBackoff& backoff) = 0;
  // Returns every running item whose lease has expired to the queue (or dead-letters it on its
  // last attempt). Returns how many items changed. ClaimNext does this implicitly too.
  virtual core::Result<int> RequeueExpired() = 0;
};

}  // namespace repopost::store
