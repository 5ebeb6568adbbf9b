#include "server/generation_runner.h"

#include <condition_variable>
#include <deque>
#include <mutex>

#include "server/api_json.h"
#include "server/problem.h"

namespace repopost::server {

struct GenerationRunner::Job {
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::pair<std::string, std::string>> progress;  // stage, message
  std::optional<core::Result<app::PostRecord>> result;
  bool abandoned = false;  // the caller stopped waiting; do not store

  void Progress(std::string stage, std::string message) {
    {
      std::lock_guard lock(mutex);
      progress.emplace_back(std::move(stage), std::move(message));
    }
    changed.notify_all();
  }
  void Finish(core::Result<app::PostRecord> value) {
    {
      std::lock_guard lock(mutex);
      result = std::move(value);
    }
    changed.notify_all();
  }
};

GenerationRunner::GenerationRunner(Generator generator, app::PostService& posts, WorkerPool& pool,
                                   const SourceGuard& guard, Limits limits)
    : generator_(std::move(generator)),
      posts_(posts),
      pool_(pool),
      guard_(guard),
      limits_(limits) {}

core::Result<app::GenerateRequest> GenerationRunner::Prepare(app::GenerateRequest request) const {
  if (request.source.text.size() > limits_.max_text_bytes) {
    return core::Fail(
        core::ErrorCode::kTooLarge,
        "The source text is larger than " + std::to_string(limits_.max_text_bytes) + " bytes.");
  }
  auto location = guard_.Check(request.source.location);
  if (!location) return tl::unexpected(location.error());
  request.source.location = *location;
  return request;
}

core::Result<app::PostRecord> GenerationRunner::RunHere(const app::GenerateRequest& request,
                                                        const app::Actor& actor) {
  auto generated = generator_(request);
  if (!generated) return tl::unexpected(generated.error());
  return posts_.Create(*generated, actor);
}

std::shared_ptr<GenerationRunner::Job> GenerationRunner::Start(const app::GenerateRequest& request,
                                                               const app::Actor& actor) {
  auto job = std::make_shared<Job>();
  job->Progress("queued", "Waiting for a worker.");
  const bool accepted = pool_.Submit([this, job, request, actor] {
    job->Progress("generating", "Reading the source and writing the post.");
    auto generated = generator_(request);
    if (!generated) return job->Finish(tl::unexpected(generated.error()));
    {
      std::lock_guard lock(job->mutex);
      if (job->abandoned) return;  // nobody waits: store nothing
    }
    job->Progress("storing", "Saving the post and its first version.");
    job->Finish(posts_.Create(*generated, actor));
  });
  if (!accepted) {
    job->Finish(core::Fail(core::ErrorCode::kRateLimited,
                           "The server is busy with other generations; retry shortly."));
  }
  return job;
}

core::Result<app::PostRecord> GenerationRunner::Run(const app::GenerateRequest& request,
                                                    const app::Actor& actor) {
  auto job = Start(request, actor);
  std::unique_lock lock(job->mutex);
  if (!job->changed.wait_for(lock, limits_.timeout, [&] { return job->result.has_value(); })) {
    job->abandoned = true;
    return core::Fail(core::ErrorCode::kTimeout, "The generation took longer than " +
                                                     std::to_string(limits_.timeout.count()) +
                                                     " s and was abandoned.");
  }
  return std::move(*job->result);
}

void GenerationRunner::Stream(const app::GenerateRequest& request, const app::Actor& actor,
                              EventSink& sink) {
  auto job = Start(request, actor);
  const auto deadline = std::chrono::steady_clock::now() + limits_.timeout;
  std::unique_lock lock(job->mutex);
  while (true) {
    job->changed.wait_until(lock, deadline,
                            [&] { return !job->progress.empty() || job->result.has_value(); });
    while (!job->progress.empty()) {
      auto [stage, message] = std::move(job->progress.front());
      job->progress.pop_front();
      lock.unlock();
      const bool open = sink.Send("progress", ProgressToJson(stage, message));
      lock.lock();
      if (!open) {
        job->abandoned = true;
        return;
      }
    }
    if (job->result) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      job->abandoned = true;
      lock.unlock();
      core::Error error{core::ErrorCode::kTimeout,
                        "The generation took too long and was abandoned."};
      sink.Send("error", ProblemResponse(error, "/v1/posts").body);
      return;
    }
  }
  auto result = std::move(*job->result);
  lock.unlock();
  if (result) {
    sink.Send("result", PostToJson(*result));
  } else {
    sink.Send("error", ProblemResponse(result.error(), "/v1/posts").body);
  }
}

}  // namespace repopost::server
