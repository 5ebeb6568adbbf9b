// GenerationRunner: runs one generation on the worker pool and stores it, for a waiting HTTP
// request (Run) or a server-sent-events stream (Stream). The HTTP thread only waits; the work
// happens on the pool. When the caller gives up (timeout or closed stream) before the result is
// stored, the job does not store it: a post is either fully stored or not at all. A stream whose
// client disconnects is noticed within 200 ms even when no event is due: the generation is
// cancelled (its LLM calls end) and nothing is stored; once storing has begun it completes. A
// post with a blocking policy hit is not stored either: kInput (422), "not ready to publish".
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
  // Stores a finished generation (source row, post, attempts, audit, log): AppContext::Store.
  using Storer = std::function<core::Result<app::PostRecord>(
      const app::GenerateRequest&, app::GenerationResult, const app::Actor&)>;

  struct Limits {
    std::size_t max_text_bytes = 1 << 20;
    std::chrono::seconds timeout{60};
  };

  // `llm` is the LLM tiers every request not marked offline uses (null: template writer only).
  GenerationRunner(Generator generator, Storer storer, std::shared_ptr<llm::FallbackRouter> llm,
                   WorkerPool& pool, const SourceGuard& guard, Limits limits);

  // Checks the source against the allowed roots and size caps and attaches the LLM tiers unless
  // the request is offline; returns the request to run.
  core::Result<app::GenerateRequest> Prepare(app::GenerateRequest request) const;
  // Generates and stores; kRateLimited when the queue is full, kTimeout past the limit.
  core::Result<app::PostRecord> Run(const app::GenerateRequest& request, const app::Actor& actor);
  // Streams "progress" events (and, from an LLM writer, "token" events with the post's text as
  // it arrives and "restart" when that text is being replaced), then one "result" (the post) or
  // "error" (a problem) event.
  void Stream(const app::GenerateRequest& request, const app::Actor& actor, EventSink& sink);
  std::size_t QueuedJobs() const { return pool_.Queued(); }
  // The LLM tiers requests use unless offline (null: template writer only).
  const std::shared_ptr<llm::FallbackRouter>& llm() const { return llm_; }

 private:
  struct Job;
  std::shared_ptr<Job> Start(const app::GenerateRequest& request, const app::Actor& actor);

  Generator generator_;
  Storer storer_;
  std::shared_ptr<llm::FallbackRouter> llm_;
  WorkerPool& pool_;
  const SourceGuard& guard_;
  Limits limits_;
};

}  // namespace repopost::server
