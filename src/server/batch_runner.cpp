#include "server/batch_runner.h"

#include <unistd.h>

namespace repopost::server {
namespace {
constexpr std::chrono::minutes kLease{5};
}

BatchRunner::BatchRunner(store::BatchStore& batches, GenerationRunner& generations,
                         WorkerPool& pool, std::size_t max_items)
    : batches_(batches),
      generations_(generations),
      pool_(pool),
      max_items_(max_items),
      owner_("server:" + std::to_string(::getpid())) {}

core::Result<BatchStatus> BatchRunner::Start(const BatchRequest& request, const app::Actor& actor) {
  if (request.sources.size() > max_items_) {
    return core::Fail(core::ErrorCode::kTooLarge,
                      "A batch holds at most " + std::to_string(max_items_) + " sources.");
  }
  for (const auto& source : request.sources) {
    app::GenerateRequest probe;
    probe.source.location = source;
    if (auto ok = generations_.Prepare(probe); !ok) return tl::unexpected(ok.error());
  }
  store::BatchJob job;
  job.name = request.name;
  auto created = batches_.CreateBatchJob(job, request.sources);
  if (!created) return tl::unexpected(created.error());
  {
    std::lock_guard lock(mutex_);
    options_[created->id] = request.options;
  }
  for (std::size_t i = 0; i < request.sources.size(); ++i) {
    if (!pool_.Submit([this, actor] { DrainOne(actor); })) break;  // the rest wait for workers
  }
  return Status(created->id);
}

core::Result<BatchStatus> BatchRunner::Status(const std::string& id) {
  auto job = batches_.GetBatchJob(id);
  if (!job) return tl::unexpected(job.error());
  auto items = batches_.ListBatchItems(id);
  if (!items) return tl::unexpected(items.error());
  return BatchStatus{*job, std::move(*items)};
}

void BatchRunner::DrainOne(const app::Actor& actor) {
  auto claimed = batches_.ClaimNext(owner_, kLease);
  if (!claimed || !*claimed) return;
  const store::BatchItem& item = **claimed;
  app::GenerateRequest request;
  request.source.location = item.input;
  {
    std::lock_guard lock(mutex_);
    if (auto it = options_.find(item.job_id); it != options_.end()) request.options = it->second;
  }
  request.offline = true;
  auto prepared = generations_.Prepare(request);
  auto post = prepared ? generations_.RunHere(*prepared, actor)
                       : core::Result<app::PostRecord>(tl::unexpected(prepared.error()));
  if (post) {
    batches_.Complete(item.id, owner_, post->generation.id);
  } else {
    batches_.Fail(item.id, owner_, post.error().message, store::RetryBackoff{});
  }
}

}  // namespace repopost::server
