#include "app/batch_worker.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/enum_table.h"

namespace repopost::app {
namespace {

constexpr core::EnumTable<BatchItemOutcome, 4> kOutcomes{{{
    {BatchItemOutcome::kDone, "done"},
    {BatchItemOutcome::kRetrying, "retrying"},
    {BatchItemOutcome::kDead, "dead"},
    {BatchItemOutcome::kLostLease, "lost-lease"},
}}};

// Extends one item's lease every `interval` until destroyed. A heartbeat that finds the lease
// gone stops; the worker learns it from Complete/Fail (kConflict).
class LeaseHeartbeat {
 public:
  LeaseHeartbeat(store::BatchStore& batches, std::string item_id, std::string owner,
                 std::chrono::milliseconds lease, std::chrono::milliseconds interval)
      : thread_([this, &batches, item_id = std::move(item_id), owner = std::move(owner), lease,
                 interval] {
          std::unique_lock lock(mutex_);
          while (!cv_.wait_for(lock, interval, [this] { return stopped_; })) {
            lock.unlock();
            const core::Status beat = batches.Heartbeat(item_id, owner, lease);
            lock.lock();
            if (!beat && beat.error().code == core::ErrorCode::kConflict) return;
          }
        }) {}
  ~LeaseHeartbeat() {
    {
      std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  LeaseHeartbeat(const LeaseHeartbeat&) = delete;
  LeaseHeartbeat& operator=(const LeaseHeartbeat&) = delete;

 private:
  std::mutex mutex_;
  std::condition_variable cv_;
  bool stopped_ = false;
  std::thread thread_;  // last: starts after the members it uses exist
};

bool IsPermanent(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kUsage:
    case core::ErrorCode::kInput:
    case core::ErrorCode::kNotFound:
    case core::ErrorCode::kForbidden:
    case core::ErrorCode::kTooLarge:
      return true;
    default:
      return false;
  }
}

// Sleeps up to `total` in short steps, returning early when `should_stop` fires.
void IdleWait(std::chrono::milliseconds total, const StopPredicate& should_stop) {
  constexpr std::chrono::milliseconds kStep{50};
  for (std::chrono::milliseconds waited{0}; waited < total; waited += kStep) {
    if (should_stop && should_stop()) return;
    std::this_thread::sleep_for(std::min(kStep, total - waited));
  }
}

}  // namespace

std::string_view ToString(BatchItemOutcome value) { return kOutcomes.Name(value); }

BatchWorker::BatchWorker(store::BatchStore& batches, BatchItemProcessor processor,
                         BatchWorkerOptions options)
    : batches_(batches), processor_(std::move(processor)), options_(std::move(options)) {
  if (options_.heartbeat.count() <= 0) options_.heartbeat = options_.lease / 3;
  if (options_.heartbeat.count() <= 0) options_.heartbeat = std::chrono::milliseconds(1);
}

store::RetryBackoff BatchWorker::BackoffFor(const core::Error& error) const {
  if (IsPermanent(error.code)) return {std::chrono::milliseconds(0), std::chrono::milliseconds(0)};
  return options_.backoff;
}

ProcessedItem BatchWorker::Process(store::BatchItem item) {
  core::Result<std::string> result = [&] {
    LeaseHeartbeat heartbeat(batches_, item.id, options_.owner, options_.lease, options_.heartbeat);
    try {
      return processor_(item);
    } catch (const std::exception& e) {  // the job boundary: a bug fails the item, not the worker
      return core::Result<std::string>(
          core::Fail(core::ErrorCode::kInternal, std::string("internal error: ") + e.what()));
    }
  }();
  ProcessedItem processed{std::move(item), BatchItemOutcome::kDone};
  store::BatchItem& claimed = processed.item;
  if (result) {
    const core::Status completed = batches_.Complete(claimed.id, options_.owner, *result);
    claimed.result = *result;
    if (completed) {
      claimed.state = store::BatchItemState::kDone;
      return processed;
    }
    claimed.last_error = completed.error().message;
    processed.outcome = BatchItemOutcome::kLostLease;
    return processed;
  }
  claimed.last_error = result.error().message;
  auto state =
      batches_.Fail(claimed.id, options_.owner, result.error().message, BackoffFor(result.error()));
  if (!state) {
    processed.outcome = BatchItemOutcome::kLostLease;
    return processed;
  }
  claimed.state = *state;
  processed.outcome = *state == store::BatchItemState::kDead ? BatchItemOutcome::kDead
                                                             : BatchItemOutcome::kRetrying;
  return processed;
}

core::Result<std::optional<ProcessedItem>> BatchWorker::RunOnce() {
  auto claimed = batches_.ClaimNext(options_.owner, options_.lease);
  if (!claimed) return tl::unexpected(claimed.error());
  if (!*claimed) return std::optional<ProcessedItem>();
  return std::optional<ProcessedItem>(Process(std::move(**claimed)));
}

BatchWorkerStats BatchWorker::Run(const StopPredicate& should_stop, bool exit_when_idle,
                                  const ItemObserver& observer, const ErrorObserver& on_error) {
  BatchWorkerStats stats;
  while (!(should_stop && should_stop())) {
    if (options_.max_items > 0 && stats.processed() >= options_.max_items) break;
    auto processed = RunOnce();
    if (!processed) {
      if (on_error) on_error(processed.error());
      IdleWait(options_.idle_poll, should_stop);
      continue;
    }
    if (!*processed) {
      if (exit_when_idle) break;
      IdleWait(options_.idle_poll, should_stop);
      continue;
    }
    switch ((*processed)->outcome) {
      case BatchItemOutcome::kDone:
        ++stats.done;
        break;
      case BatchItemOutcome::kRetrying:
        ++stats.retrying;
        break;
      case BatchItemOutcome::kDead:
        ++stats.dead;
        break;
      case BatchItemOutcome::kLostLease:
        ++stats.lost_leases;
        break;
    }
    if (observer) observer(**processed);
  }
  return stats;
}

}  // namespace repopost::app
