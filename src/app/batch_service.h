// BatchService: `repopost batch` (and, through the same queue, `repopost worker` and the server's
// POST /v1/batches). A batch is a job in the BatchStore whose items are canonical LIST lines
// (batch_list.h); any BatchWorker on any machine sharing the database can process them.
//
//   app::BatchService batches(*context);
//   auto job = batches.Submit(items, {.name = "weekly.txt"});          // created or found again
//   auto end = batches.Run(job->id, {.jobs = 4}, on_progress, stop);    // threads drain the queue
//   auto rows = app::LoadBatchRows(context->store(), job->id);          // then write the output
//
// Resuming: the job id is a hash of the canonical lines and the attempt limit, so the same list
// with the same options names the same job; Submit finds it instead of creating a second one,
// items already done are never redone, and failed ones stay failed (their reason is stored).
// Threads claim from the whole queue, so a batch run also helps with other queued jobs in the
// same database before its own job finishes.
//
// Thread-safety: Run blocks its caller; one Run per service at a time.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "app/app_context.h"
#include "app/batch_item_processor.h"
#include "app/batch_list.h"
#include "app/batch_progress.h"
#include "app/batch_worker.h"
#include "core/result.h"
#include "store/batch_store.h"

namespace repopost::app {

struct BatchSubmitOptions {
  std::string name;      // shown in listings, e.g. the list's file name
  int max_attempts = 3;  // per item, 1..100
};

struct BatchRunOptions {
  int jobs = 1;                            // worker threads, 1..64
  std::chrono::milliseconds lease{20000};  // a killed run's items are free after this
  std::chrono::milliseconds progress_interval{250};
  std::string owner_prefix;  // "" = "batch@<host>:<pid>"
  store::RetryBackoff backoff;
  BatchGenerationOptions generation;
};

// "b_" + 24 hex digits of a 128-bit hash of the lines (in order) and `max_attempts`.
std::string BatchJobId(const std::vector<std::string>& lines, int max_attempts);

// "<role>@<hostname>:<pid>", a lease owner name unique to this process.
std::string ProcessOwnerName(const std::string& role);

class BatchService {
 public:
  // REQUIRES: `context` outlives the service.
  explicit BatchService(AppContext& context);

  // The job for `items`, created when new. kUsage for max_attempts out of range.
  core::Result<store::BatchJob> Submit(const std::vector<BatchItemSpec>& items,
                                       const BatchSubmitOptions& options);

  // Runs options.jobs worker threads until the job has no queued or running item, or until
  // `should_stop` (threads finish their current item first). `on_progress` is called on this
  // thread every progress_interval and once at the end; `on_item` on worker threads for every
  // processed item; `on_error` for store errors while claiming. Returns the last progress.
  core::Result<BatchProgress> Run(const std::string& job_id, const BatchRunOptions& options,
                                  const std::function<void(const BatchProgress&)>& on_progress,
                                  const StopPredicate& should_stop,
                                  const ItemObserver& on_item = {},
                                  const ErrorObserver& on_error = {});

 private:
  AppContext& context_;
};

}  // namespace repopost::app
