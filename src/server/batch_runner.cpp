#include "server/batch_runner.h"

#include "app/batch_item_processor.h"
#include "app/batch_list.h"
#include "app/batch_service.h"

namespace repopost::server {
namespace {

constexpr std::chrono::milliseconds kIdlePoll{250};

}  // namespace

BatchRunner::BatchRunner(app::AppContext& context, const GenerationRunner& generations,
                         std::size_t workers, std::size_t max_items,
                         std::chrono::milliseconds lease)
    : context_(context),
      generations_(generations),
      max_items_(max_items),
      owner_(app::ProcessOwnerName("server")) {
  // Items may come from any submitter sharing the database, so every item's source is checked
  // against this server's roots again before it is read.
  app::BatchGenerationOptions options{.actor = {.actor = "batch", .origin = owner_}};
  options.llm = generations_.llm();
  options.offline = options.llm == nullptr;
  processor_ = [this, generate = app::MakeGenerationProcessor(context_, std::move(options))](
                   const store::BatchItem& item) -> core::Result<std::string> {
    auto spec = app::ParseBatchLine(item.input, app::BatchListOptions{});
    if (!spec) return tl::unexpected(spec.error());
    app::GenerateRequest check;
    check.source.location = spec->source;
    if (auto allowed = generations_.Prepare(check); !allowed) {
      return tl::unexpected(allowed.error());
    }
    return generate(item);
  };
  for (std::size_t i = 0; i < workers; ++i) {
    workers_.emplace_back([this, lease, owner = owner_ + "#" + std::to_string(i)] {
      app::BatchWorker worker(context_.store().batches(), processor_,
                              {.owner = owner, .lease = lease, .idle_poll = kIdlePoll});
      worker.Run([this] { return stopping_.load(); }, /*exit_when_idle=*/false);
    });
  }
}

BatchRunner::~BatchRunner() { Stop(); }

void BatchRunner::Stop() {
  stopping_ = true;
  for (auto& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
}

core::Result<BatchStatus> BatchRunner::Start(const BatchRequest& request) {
  if (request.sources.size() > max_items_) {
    return core::Fail(core::ErrorCode::kTooLarge,
                      "A batch holds at most " + std::to_string(max_items_) + " sources.");
  }
  std::vector<app::BatchItemSpec> items;
  items.reserve(request.sources.size());
  for (const auto& source : request.sources) {
    app::GenerateRequest probe;
    probe.source.location = source;
    auto prepared = generations_.Prepare(probe);
    if (!prepared) return tl::unexpected(prepared.error());
    items.push_back({prepared->source.location, request.options.style, request.options.tone,
                     request.options.hook});
  }
  app::BatchService service(context_);
  auto job = service.Submit(items, {.name = request.name});
  if (!job) return tl::unexpected(job.error());
  return Status(job->id);
}

core::Result<BatchStatus> BatchRunner::Status(const std::string& id) {
  auto job = context_.store().batches().GetBatchJob(id);
  if (!job) return tl::unexpected(job.error());
  auto items = context_.store().batches().ListBatchItems(id);
  if (!items) return tl::unexpected(items.error());
  return BatchStatus{*job, std::move(*items)};
}

}  // namespace repopost::server
