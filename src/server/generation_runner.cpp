#include "server/generation_runner.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <nlohmann/json.hpp>

#include "server/api_json.h"
#include "server/problem.h"

namespace repopost::server {
namespace {

// How often a stream with no new event checks that its client is still connected.
constexpr std::chrono::milliseconds kDisconnectPoll{200};

// A post with a blocking policy hit (a secret, a false affiliation, a growth promise) is not
// ready to publish: the API answers 422 and stores nothing (the CLI prints it and exits 5).
core::Status BlockedByPolicy(const safety::SafetyReport& report) {
  for (const safety::PolicyHit& hit : report.policy_hits) {
    if (hit.severity != safety::Severity::kBlock) continue;
    return core::Fail(core::ErrorCode::kInput, "The post is not ready to publish because it " +
                                                   hit.message + " (" + hit.rule_id +
                                                   "), so it was not stored.");
  }
  return core::Ok();
}

}  // namespace

struct GenerationRunner::Job {
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<std::pair<std::string, std::string>> events;  // SSE event name, JSON data
  std::optional<core::Result<app::PostRecord>> result;
  bool abandoned = false;  // the caller stopped waiting; do not store
  std::shared_ptr<llm::CancelToken> cancel = std::make_shared<llm::CancelToken>();

  // REQUIRES: `mutex` held. Nobody waits any more: stop the LLM calls, store nothing.
  void Abandon() {
    abandoned = true;
    cancel->Cancel();
  }

  void Event(std::string name, std::string data) {
    {
      std::lock_guard lock(mutex);
      events.emplace_back(std::move(name), std::move(data));
    }
    changed.notify_all();
  }
  void Progress(std::string_view stage, std::string_view message) {
    Event("progress", ProgressToJson(stage, message));
  }
  void Finish(core::Result<app::PostRecord> value) {
    {
      std::lock_guard lock(mutex);
      result = std::move(value);
    }
    changed.notify_all();
  }
};

GenerationRunner::GenerationRunner(Generator generator, Storer storer,
                                   std::shared_ptr<llm::FallbackRouter> llm, WorkerPool& pool,
                                   const SourceGuard& guard, Limits limits)
    : generator_(std::move(generator)),
      storer_(std::move(storer)),
      llm_(std::move(llm)),
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
  if (!request.offline) request.llm = llm_;
  return request;
}

std::shared_ptr<GenerationRunner::Job> GenerationRunner::Start(const app::GenerateRequest& request,
                                                               const app::Actor& actor) {
  auto job = std::make_shared<Job>();
  job->Progress("queued", "Waiting for a worker.");
  const bool accepted =
      pool_.Submit([this, job, request = app::GenerateRequest(request), actor]() mutable {
        job->Progress("generating", request.llm ? "Reading the source; the LLM writes the post."
                                                : "Reading the source and writing the post.");
        request.cancel = job->cancel;
        if (request.llm) {
          request.on_post_text = [job](std::string_view text) {
            job->Event("token", nlohmann::json{{"text", text}}.dump());
          };
          request.on_restart = [job](std::string_view) { job->Event("restart", "{}"); };
        }
        auto generated = generator_(request);
        if (!generated) return job->Finish(tl::unexpected(generated.error()));
        if (auto blocked = BlockedByPolicy(generated->safety); !blocked) {
          return job->Finish(tl::unexpected(blocked.error()));  // not ready: store nothing
        }
        {
          std::lock_guard lock(job->mutex);
          if (job->abandoned) return;  // nobody waits: store nothing
        }
        job->Progress("storing", "Saving the post and its first version.");
        job->Finish(storer_(request, std::move(*generated), actor));
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
    job->Abandon();
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
    const auto slice = std::min(deadline, std::chrono::steady_clock::now() + kDisconnectPoll);
    const bool ready = job->changed.wait_until(
        lock, slice, [&] { return !job->events.empty() || job->result.has_value(); });
    if (!ready && std::chrono::steady_clock::now() < deadline) {
      lock.unlock();
      const bool open = sink.IsOpen();
      lock.lock();
      if (!open) {  // the client went away: stop the LLM calls and store nothing
        job->Abandon();
        return;
      }
      continue;
    }
    while (!job->events.empty()) {
      auto [name, data] = std::move(job->events.front());
      job->events.pop_front();
      lock.unlock();
      const bool open = sink.Send(name, data);
      lock.lock();
      if (!open) {
        job->Abandon();
        return;
      }
    }
    if (job->result) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      job->Abandon();
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
