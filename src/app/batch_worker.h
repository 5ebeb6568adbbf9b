// BatchWorker: drains the BatchStore queue with leases. One worker processes one item at a time;
// while it works, a heartbeat thread extends the lease so that other workers leave the item alone
// and, when this process dies (SIGKILL, a lost machine), the lease runs out and another worker
// takes the item over. `repopost batch --jobs N` runs N workers as threads of one process;
// `repopost worker` runs one per process; the server can call RunOnce on its own pool.
//
//   app::BatchWorker worker(store.batches(), processor, {.owner = "worker@host:42"});
//   auto stats = worker.Run([&] { return stop_requested.load(); }, /*exit_when_idle=*/false);
//
// Retry policy: a failed item goes back to the queue with the exponential backoff of
// `options.backoff` until the job's max attempts, then to the dead-letter state. Errors that a
// retry cannot change (bad input, not found, forbidden, too large, usage) are re-queued with no
// delay, so they spend their attempts at once and reach the dead-letter state without waiting.
//
// Thread-safety: one BatchWorker per thread; several may share one BatchStore.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>

#include "core/result.h"
#include "store/batch_store.h"

namespace repopost::app {

// Turns a claimed item into its result (e.g. a generation id). Called on the worker's thread.
using BatchItemProcessor = std::function<core::Result<std::string>(const store::BatchItem&)>;

enum class BatchItemOutcome {
  kDone,       // completed; item.result holds the result
  kRetrying,   // failed and re-queued (after the backoff)
  kDead,       // failed on its last attempt: dead-lettered
  kLostLease,  // the lease ran out before completion; another worker owns the item now
};
std::string_view ToString(BatchItemOutcome value);

struct ProcessedItem {
  store::BatchItem item;  // as claimed, with result/last_error filled in
  BatchItemOutcome outcome = BatchItemOutcome::kDone;
};

struct BatchWorkerOptions {
  std::string owner;                         // lease owner; unique per worker (thread)
  std::chrono::milliseconds lease{30000};    // how long a claim lasts without a heartbeat
  std::chrono::milliseconds heartbeat{0};    // 0 = a third of the lease
  std::chrono::milliseconds idle_poll{500};  // wait between claims when the queue is empty
  store::RetryBackoff backoff;               // for errors a retry may fix
  int max_items = 0;                         // stop after this many processed items; 0 = no limit
};

struct BatchWorkerStats {
  int done = 0;
  int retrying = 0;
  int dead = 0;
  int lost_leases = 0;
  int processed() const { return done + retrying + dead + lost_leases; }
};

// True when the worker should stop before claiming another item. Polled between items and while
// idle, never during an item: a stop request lets the current item finish.
using StopPredicate = std::function<bool()>;
using ItemObserver = std::function<void(const ProcessedItem&)>;
using ErrorObserver = std::function<void(const core::Error&)>;

class BatchWorker {
 public:
  // REQUIRES: `batches` outlives the worker; options.owner is not empty.
  BatchWorker(store::BatchStore& batches, BatchItemProcessor processor, BatchWorkerOptions options);

  // Claims one item and processes it; nullopt when nothing was claimable.
  core::Result<std::optional<ProcessedItem>> RunOnce();

  // Processes items until `should_stop`, max_items, or (exit_when_idle) an empty queue. A store
  // error while claiming goes to `on_error` and is retried after idle_poll: a database restart
  // must not end every worker.
  BatchWorkerStats Run(const StopPredicate& should_stop, bool exit_when_idle,
                       const ItemObserver& observer = {}, const ErrorObserver& on_error = {});

 private:
  ProcessedItem Process(store::BatchItem item);
  store::RetryBackoff BackoffFor(const core::Error& error) const;

  store::BatchStore& batches_;
  BatchItemProcessor processor_;
  BatchWorkerOptions options_;
};

}  // namespace repopost::app
