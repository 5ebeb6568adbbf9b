// GenerationRunner: runs one generation on the worker pool and stores it, for a waiting HTTP
// request (Run) or a server-sent-events stream (Stream). The HTTP thread only waits; the work
// happens on the pool. When the caller gives up (timeout or closed stream) before the result is
// stored, the job does not store it: a post is either fully stored or not at all.
//
// Thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>

#include "app/generation_service.h"
#include "app/post_service.h"
#include "core/result.h"
#include "server/http_types.h"
#include "server/source_guard.h"
#include "server/worker_pool.h"

namespace repopost::server {

class GenerationRunner {
 public:
  using Generator = std::function<core::Result<app::GenerationResult>(const app::GenerateRequest&)>;

  struct Limits {
    std::size_t max_text_bytes = 1 << 20;
    std::chrono::seconds timeout{60};
  };

  GenerationRunner(Generator generator, app::PostService& posts, WorkerPool& pool,
                   const SourceGuard& guard, Limits limits);

  // Checks the source against the allowed roots and size caps; returns the request to run.
  core::Result<app::GenerateRequest> Prepare(app::GenerateRequest request) const;
  // Generates and stores; kRateLimited when the queue is full, kTimeout past the limit.
  core::Result<app::PostRecord> Run(const app::GenerateRequest& request, const app::Actor& actor);
  // Streams "progress" events, then one "result" (the post) or "error" (a problem) event.
  void Stream(const app::GenerateRequest& request, const app::Actor& actor, EventSink& sink);
  // Generates and stores on the calling thread, for batch items (already on a pool thread).
  std::size_t QueuedJobs() const { return pool_.Queued(); }
  core::Result<app::PostRecord> RunHere(const app::GenerateRequest& request,
                                        const app::Actor& actor);

 private:
  struct Job;
  std::shared_ptr<Job> Start(const app::GenerateRequest& request, const app::Actor& actor);

  Generator generator_;
  app::PostService& posts_;
  WorkerPool& pool_;
  const SourceGuard& guard_;
  Limits limits_;
};

}  // namespace repopost::server
