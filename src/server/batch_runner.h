// BatchRunner: POST /v1/batches. A batch is an app::BatchService job: its items are canonical
// LIST lines (source, style, tone, hook) in the durable BatchStore queue, so the options survive
// a restart and any `repopost worker` sharing the database can process them. The server drains
// the queue with its own app::BatchWorker threads (leases, heartbeats, retries with backoff, dead
// letters), apart from the HTTP threads and the interactive generation pool; each finished item
// records its post id. Stop() lets every worker finish its current item.
//
// Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/app_context.h"
#include "app/batch_worker.h"
#include "core/result.h"
#include "server/api_json.h"
#include "server/generation_runner.h"
#include "store/batch_store.h"

namespace repopost::server {

class BatchRunner {
 public:
  // `generations` checks sources against the allowed roots and supplies the LLM tiers.
  // Starts `workers` batch worker threads (0: the queue is left to `repopost worker`).
  // `lease`: how long a claimed item stays this server's without a heartbeat.
  BatchRunner(app::AppContext& context, const GenerationRunner& generations, std::size_t workers,
              std::size_t max_items, std::chrono::milliseconds lease = std::chrono::minutes(5));
  ~BatchRunner();  // Stop()

  // kTooLarge for too many items; kForbidden when a source is outside the allowed roots. The same
  // sources with the same options name the same job: it is returned, not created twice.
  // The caller audits the batch; items are generated as actor "batch".
  core::Result<BatchStatus> Start(const BatchRequest& request);
  core::Result<BatchStatus> Status(const std::string& id);
  // Stops the worker threads after their current item; idempotent.
  void Stop();

 private:
  app::AppContext& context_;
  const GenerationRunner& generations_;
  std::size_t max_items_;
  std::string owner_;  // lease owner name prefix of this server process
  app::BatchItemProcessor processor_;
  std::atomic<bool> stopping_{false};
  std::vector<std::thread> workers_;
};

}  // namespace repopost::server
