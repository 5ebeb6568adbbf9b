// `repopost batch LIST --out FILE [--jobs N] [--format csv|jsonl] [--db URL]`: posts for every
// source in LIST, resumable. Re-running the same command continues the same job (its id is a hash
// of the list and options) and rewrites FILE from the store, complete, each item once.
// Exit codes: 0 every item done; 2 some items failed (reasons in FILE and the store); 128+signal
// when interrupted (the job resumes on the next run); usage, input and store errors as usual.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <thread>

#include "app/batch_output.h"
#include "app/batch_service.h"
#include "app/llm_tiers.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/shared_flags.h"
#include "cli/source_input.h"
#include "cli/stop_signal.h"
#include "cli/store_flags.h"

namespace repopost::cli {
namespace {

struct BatchFlags {
  std::string list;
  std::string out;
  std::string format;  // "" = from the --out extension (.jsonl -> jsonl), else csv
  int jobs = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
  PostStyleFlags post;  // defaults for empty LIST columns
  int max_attempts = 3;
  double lease_seconds = 20;
  bool clone = false;
  bool enqueue_only = false;  // queue the items and exit: `repopost worker` processes them
  app::LlmSettings llm;
  StoreFlags store;
};

core::Result<app::BatchOutputFormat> ResolveFormat(const BatchFlags& flags) {
  std::string name = flags.format;
  if (name.empty())
    name = std::filesystem::path(flags.out).extension() == ".jsonl" ? "jsonl" : "csv";
  auto format = app::ParseBatchOutputFormat(name);
  if (!format) {
    return core::Fail(core::ErrorCode::kUsage,
                      "--format must be one of " + app::BatchOutputFormatChoices());
  }
  return *format;
}

core::Result<app::BatchListOptions> ListOptions(const BatchFlags& flags) {
  app::BatchListOptions options;
  if (auto ok = ApplyPostStyle(flags.post, options.defaults); !ok) {
    return tl::unexpected(ok.error());
  }
  options.base_dir = std::filesystem::absolute(flags.list).parent_path();
  return options;
}

// Progress on stderr: a bar redrawn in place on a terminal, a plain line every few seconds
// otherwise. Failed items get a line of their own either way.
class ProgressPrinter {
 public:
  ProgressPrinter() : is_tty_(::isatty(STDERR_FILENO) == 1) {}

  void Progress(const app::BatchProgress& progress) {
    std::lock_guard lock(mutex_);
    const auto now = std::chrono::steady_clock::now();
    if (is_tty_) {
      std::cerr << "\r" << app::FormatProgressBar(progress) << "\033[K" << std::flush;
      bar_shown_ = true;
    } else if (progress.IsFinished() || now - last_line_ >= std::chrono::seconds(2)) {
      std::cerr << app::FormatProgressLine(progress) << "\n";
      last_line_ = now;
    }
  }

  void Item(const app::ProcessedItem& processed) {
    if (processed.outcome != app::BatchItemOutcome::kDead) return;
    std::lock_guard lock(mutex_);
    ClearBar();
    std::cerr << "repopost: item " << processed.item.ordinal + 1
              << " failed: " << processed.item.last_error << "\n";
  }

  void Error(const core::Error& error) {
    std::lock_guard lock(mutex_);
    ClearBar();
    std::cerr << "repopost: warning: " << error.message << " (retrying)\n";
  }

  void Finish() {
    std::lock_guard lock(mutex_);
    if (bar_shown_) std::cerr << "\n";
    bar_shown_ = false;
  }

 private:
  void ClearBar() {
    if (bar_shown_) std::cerr << "\r\033[K";
  }

  bool is_tty_;
  bool bar_shown_ = false;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_line_{};
};

int Run(const BatchFlags& flags) {
  if (flags.out.empty() && !flags.enqueue_only) {
    return ReportError({core::ErrorCode::kUsage, "--out is required unless --enqueue-only"}, false);
  }
  auto format = ResolveFormat(flags);
  if (!format) return ReportError(format.error(), false);
  if (flags.lease_seconds < 0.5 || flags.lease_seconds > 86400) {
    return ReportError({core::ErrorCode::kUsage, "--lease must be between 0.5 and 86400 seconds"},
                       false);
  }
  auto list_options = ListOptions(flags);
  if (!list_options) return ReportError(list_options.error(), false);
  auto text = ReadTextFile(flags.list);
  if (!text) return ReportError(text.error(), false);
  auto items = app::ParseBatchList(*text, *list_options);
  if (!items) {
    return ReportError({items.error().code, flags.list + ", " + items.error().message}, false);
  }
  auto tiers = app::LlmTiers::Open(flags.llm, app::ProcessEnv());
  if (!tiers) return ReportError(tiers.error(), false);
  auto context = OpenContext(flags.store);
  if (!context) return ReportError(context.error(), false);
  app::BatchService service(**context);
  auto job = service.Submit(*items, {.name = std::filesystem::path(flags.list).filename().string(),
                                     .max_attempts = flags.max_attempts});
  if (!job) return ReportError(job.error(), false);
  if (flags.enqueue_only) {  // the job id on stdout, for scripts; workers do the rest
    std::cerr << "repopost: queued batch " << job->id << " (" << items->size()
              << " items); run `repopost worker` against the same database to process it\n";
    std::cout << job->id << "\n";
    return 0;
  }
  if (job->done + job->dead > 0) {
    std::cerr << "repopost: resuming batch " << job->id << " (" << job->done << " done, "
              << job->dead << " failed of " << items->size() << ")\n";
  }

  StopSignal::Install();
  ProgressPrinter printer;
  app::BatchRunOptions run;
  run.jobs = flags.jobs;
  run.lease = std::chrono::milliseconds(static_cast<long long>(flags.lease_seconds * 1000));
  run.generation = {.offline = flags.llm.offline,
                    .llm = (*tiers)->router(),
                    .clone = flags.clone,
                    .actor = {.actor = "batch"}};
  auto progress = service.Run(
      job->id, run, [&](const app::BatchProgress& p) { printer.Progress(p); },
      [] { return StopSignal::IsRequested(); },
      [&](const app::ProcessedItem& item) { printer.Item(item); },
      [&](const core::Error& error) { printer.Error(error); });
  printer.Finish();
  if (!progress) return ReportError(progress.error(), false);

  auto rows = app::LoadBatchRows((*context)->store(), job->id);
  if (!rows) return ReportError(rows.error(), false);
  if (auto written = app::WriteFileAtomically(flags.out, app::RenderBatchOutput(*rows, *format));
      !written) {
    return ReportError(written.error(), false);
  }
  if (StopSignal::IsRequested()) {
    std::cerr << "repopost: interrupted; run the same command again to resume batch " << job->id
              << "\n";
    return 128 + StopSignal::Received();
  }
  std::cerr << "repopost: batch " << job->id << ": " << progress->done << " done, "
            << progress->failed << " failed; wrote " << flags.out << "\n";
  return progress->failed > 0 ? 2 : 0;
}

}  // namespace

void AddBatchCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<BatchFlags>();
  CLI::App* cmd = root.add_subcommand(
      "batch", "Write posts for every source in a list (resumable: re-run to continue)");
  cmd->add_option("list", flags->list,
                  "File with one source per line: path, URL or o/r, optionally "
                  "source<TAB>style<TAB>tone<TAB>hook; # starts a comment")
      ->required();
  cmd->add_option("--out", flags->out,
                  "Output file (rewritten with every item on each run; required unless "
                  "--enqueue-only)");
  cmd->add_flag("--enqueue-only", flags->enqueue_only,
                "Queue the items in the store and exit, printing the job id (process them with "
                "`repopost worker --db ...` on any machine sharing the database)");
  cmd->add_option("--format", flags->format, "Output format: csv|jsonl (default: from --out)");
  cmd->add_option("--jobs,-j", flags->jobs, "Items generated in parallel (threads)");
  AddPostStyleFlags(*cmd, flags->post, "Default for empty LIST columns: ");
  cmd->add_option("--max-attempts", flags->max_attempts, "Attempts per item before it fails");
  cmd->add_option("--lease", flags->lease_seconds,
                  "Seconds an item stays claimed without a heartbeat (a killed run's items are "
                  "taken over after this)");
  AddLlmFlags(*cmd, flags->llm);
  cmd->add_flag("--clone", flags->clone, "Clone GitHub sources for their full history");
  AddStoreFlags(*cmd, flags->store, /*with_format=*/false);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
