// BatchRunner: POST /v1/batches. The job and its items go to the durable BatchStore queue; the
// server then drains them on its worker pool with leases, exactly as `repopost worker` processes
// do, so server and workers can share one database. Each finished item records its post id.
//
// Thread-safe.
#pragma once

#include <map>
#include <mutex>
#include <string>

#include "app/post_service.h"
#include "core/result.h"
#include "server/api_json.h"
#include "server/generation_runner.h"
#include "server/worker_pool.h"
#include "store/batch_store.h"

namespace repopost::server {

class BatchRunner {
 public:
  BatchRunner(store::BatchStore& batches, GenerationRunner& generations, WorkerPool& pool,
              std::size_t max_items);

  // kUsage for too many items; kForbidden when a source is outside the allowed roots.
  core::Result<BatchStatus> Start(const BatchRequest& request, const app::Actor& actor);
  core::Result<BatchStatus> Status(const std::string& id);

 private:
  void DrainOne(const app::Actor& actor);

  store::BatchStore& batches_;
  GenerationRunner& generations_;
  WorkerPool& pool_;
  std::size_t max_items_;
  std::string owner_;  // lease owner name of this server process
  std::mutex mutex_;
  std::map<std::string, generate::PostOptions> options_;  // by job id, for items claimed here
};

}  // namespace repopost::server
