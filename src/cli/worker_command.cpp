// `repopost worker [--db URL] [--lease SECONDS] [--max-items N] [--idle-exit]`: processes batch
// items from the shared queue until stopped. Run any number of them on any number of machines
// against one PostgreSQL database. SIGTERM or SIGINT: finish the item in hand, then exit 0.
// A worker that dies (SIGKILL) stops heartbeating; its item is taken over after the lease.
#include <CLI/CLI.hpp>
#include <iostream>
#include <mutex>

#include "app/batch_item_processor.h"
#include "app/batch_service.h"
#include "app/batch_worker.h"
#include "app/llm_tiers.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/shared_flags.h"
#include "cli/stop_signal.h"
#include "cli/store_flags.h"

namespace repopost::cli {
namespace {

struct WorkerFlags {
  double lease_seconds = 30;
  double poll_seconds = 1;
  int max_items = 0;
  bool idle_exit = false;
  bool clone = false;
  bool quiet = false;
  std::string name;
  app::LlmSettings llm;
  StoreFlags store;
};

core::Status CheckFlags(const WorkerFlags& flags) {
  if (flags.lease_seconds < 0.5 || flags.lease_seconds > 86400) {
    return core::Fail(core::ErrorCode::kUsage, "--lease must be between 0.5 and 86400 seconds");
  }
  if (flags.poll_seconds < 0.01 || flags.poll_seconds > 3600) {
    return core::Fail(core::ErrorCode::kUsage, "--poll must be between 0.01 and 3600 seconds");
  }
  if (flags.max_items < 0)
    return core::Fail(core::ErrorCode::kUsage, "--max-items must be 0 or more");
  return core::Ok();
}

int Run(const WorkerFlags& flags) {
  if (auto checked = CheckFlags(flags); !checked) return ReportError(checked.error(), false);
  auto tiers = app::LlmTiers::Open(flags.llm, app::ProcessEnv());
  if (!tiers) return ReportError(tiers.error(), false);
  auto context = OpenContext(flags.store);
  if (!context) return ReportError(context.error(), false);
  StopSignal::Install();
  const std::string owner = flags.name.empty() ? app::ProcessOwnerName("worker") : flags.name;
  app::BatchWorker worker(
      (*context)->store().batches(),
      app::MakeGenerationProcessor(**context, {.offline = flags.llm.offline,
                                               .llm = (*tiers)->router(),
                                               .clone = flags.clone,
                                               .actor = {.actor = "worker", .origin = owner}}),
      {.owner = owner,
       .lease = std::chrono::milliseconds(static_cast<long long>(flags.lease_seconds * 1000)),
       .idle_poll = std::chrono::milliseconds(static_cast<long long>(flags.poll_seconds * 1000)),
       .max_items = flags.max_items});
  if (!flags.quiet) std::cerr << "repopost: worker " << owner << " started\n";
  std::mutex output;
  const auto stats = worker.Run(
      [] { return StopSignal::IsRequested(); }, flags.idle_exit,
      [&](const app::ProcessedItem& processed) {
        if (flags.quiet && processed.outcome == app::BatchItemOutcome::kDone) return;
        std::lock_guard lock(output);
        std::cerr << app::ToString(processed.outcome) << " " << processed.item.id << " (job "
                  << processed.item.job_id << ", item " << processed.item.ordinal + 1 << ")";
        if (processed.outcome == app::BatchItemOutcome::kDone) {
          std::cerr << ": " << processed.item.result;
        } else {
          std::cerr << ": " << processed.item.last_error;
        }
        std::cerr << "\n";
      },
      [&](const core::Error& error) {
        std::lock_guard lock(output);
        std::cerr << "repopost: warning: " << error.message << " (retrying)\n";
      });
  if (!flags.quiet || StopSignal::IsRequested()) {
    std::cerr << "repopost: worker " << owner << " stopped"
              << (StopSignal::IsRequested() ? " on signal" : "") << ": " << stats.done << " done, "
              << stats.retrying << " retried, " << stats.dead << " failed, " << stats.lost_leases
              << " lost leases\n";
  }
  return 0;
}

}  // namespace

void AddWorkerCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<WorkerFlags>();
  CLI::App* cmd = root.add_subcommand(
      "worker", "Process queued batch items (run many, on many machines, against one PostgreSQL)");
  cmd->add_option("--lease", flags->lease_seconds,
                  "Seconds a claimed item stays ours without a heartbeat (heartbeat every third)");
  cmd->add_option("--poll", flags->poll_seconds, "Seconds between claims when the queue is empty");
  cmd->add_option("--max-items", flags->max_items, "Exit after this many items (0 = no limit)");
  cmd->add_flag("--idle-exit", flags->idle_exit, "Exit when no item is claimable");
  cmd->add_option("--name", flags->name, "Lease owner name (default: worker@HOST:PID)");
  AddLlmFlags(*cmd, flags->llm);
  cmd->add_flag("--clone", flags->clone, "Clone GitHub sources for their full history");
  cmd->add_flag("--quiet,-q", flags->quiet, "Print only failures");
  AddStoreFlags(*cmd, flags->store, /*with_format=*/false);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
