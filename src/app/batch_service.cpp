#include "app/batch_service.h"

#include <fmt/format.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <climits>
#include <thread>

namespace repopost::app {
namespace {

std::string HostName() {
  char name[HOST_NAME_MAX + 1] = {};
  if (::gethostname(name, sizeof name - 1) != 0 || name[0] == '\0') return "localhost";
  return name;
}

}  // namespace

std::string BatchJobId(const std::vector<std::string>& lines, int max_attempts) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  const std::string header = fmt::format("repopost-batch/1 attempts={}\n", max_attempts);
  XXH3_128bits_update(state, header.data(), header.size());
  for (const std::string& line : lines) {
    XXH3_128bits_update(state, line.data(), line.size());
    XXH3_128bits_update(state, "\n", 1);
  }
  const XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  return fmt::format("b_{:016x}{:08x}", hash.high64, static_cast<std::uint32_t>(hash.low64 >> 32));
}

std::string ProcessOwnerName(const std::string& role) {
  return fmt::format("{}@{}:{}", role, HostName(), ::getpid());
}

BatchService::BatchService(AppContext& context) : context_(context) {}

core::Result<store::BatchJob> BatchService::Submit(const std::vector<BatchItemSpec>& items,
                                                   const BatchSubmitOptions& options) {
  if (options.max_attempts < 1 || options.max_attempts > 100) {
    return core::Fail(core::ErrorCode::kUsage, "--max-attempts must be between 1 and 100");
  }
  std::vector<std::string> lines;
  lines.reserve(items.size());
  for (const BatchItemSpec& item : items) lines.push_back(FormatBatchLine(item));
  store::BatchJob job;
  job.id = BatchJobId(lines, options.max_attempts);
  job.name = options.name;
  job.max_attempts = options.max_attempts;
  store::BatchStore& batches = context_.store().batches();
  if (auto existing = batches.GetBatchJob(job.id); existing)
    return existing;
  else if (existing.error().code != core::ErrorCode::kNotFound)
    return existing;
  auto created = batches.CreateBatchJob(job, lines);
  // Another process submitted the same list between our lookup and insert: use its job.
  if (!created && created.error().code == core::ErrorCode::kConflict) {
    return batches.GetBatchJob(job.id);
  }
  return created;
}

core::Result<BatchProgress> BatchService::Run(
    const std::string& job_id, const BatchRunOptions& options,
    const std::function<void(const BatchProgress&)>& on_progress, const StopPredicate& should_stop,
    const ItemObserver& on_item, const ErrorObserver& on_error) {
  if (options.jobs < 1 || options.jobs > 64) {
    return core::Fail(core::ErrorCode::kUsage, "--jobs must be between 1 and 64");
  }
  store::BatchStore& batches = context_.store().batches();
  auto start = batches.GetBatchJob(job_id);
  if (!start) return tl::unexpected(start.error());
  const int finished_at_start = start->done + start->dead;
  const auto started = std::chrono::steady_clock::now();
  const auto progress_of = [&](const store::BatchJob& job) {
    return BatchProgress::FromJob(job, finished_at_start,
                                  std::chrono::steady_clock::now() - started);
  };
  if (start->IsFinished()) {
    BatchProgress progress = progress_of(*start);
    if (on_progress) on_progress(progress);
    return progress;
  }

  std::atomic<bool> job_finished = false;
  const StopPredicate stop_threads = [&] {
    return job_finished.load() || (should_stop && should_stop());
  };
  const std::string prefix =
      options.owner_prefix.empty() ? ProcessOwnerName("batch") : options.owner_prefix;
  BatchItemProcessor processor = MakeGenerationProcessor(context_, options.generation);
  std::vector<std::thread> threads;
  for (int i = 0; i < options.jobs; ++i) {
    threads.emplace_back([&, i] {
      BatchWorker worker(batches, processor,
                         {.owner = fmt::format("{}/{}", prefix, i + 1),
                          .lease = options.lease,
                          .idle_poll = std::chrono::milliseconds(100),
                          .backoff = options.backoff});
      worker.Run(stop_threads, /*exit_when_idle=*/false, on_item, on_error);
    });
  }

  core::Result<BatchProgress> last = core::Fail(core::ErrorCode::kInternal, "no progress read");
  while (true) {
    auto job = batches.GetBatchJob(job_id);
    if (job) {
      last = progress_of(*job);
      if (job->IsFinished()) job_finished = true;
    } else if (on_error) {
      on_error(job.error());
    }
    if (job_finished || (should_stop && should_stop())) break;
    if (on_progress && last) on_progress(*last);
    std::this_thread::sleep_for(options.progress_interval);
  }
  for (std::thread& thread : threads) thread.join();
  if (auto job = batches.GetBatchJob(job_id); job) last = progress_of(*job);
  if (last && on_progress) on_progress(*last);
  return last;
}

}  // namespace repopost::app
