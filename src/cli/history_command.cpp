// `repopost history [--limit N] [--format json]`: stored posts, newest first.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/post_json.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/store_flags.h"

namespace repopost::cli {
namespace {

struct HistoryFlags {
  StoreFlags store;
  int limit = 20;
};

int Run(const HistoryFlags& flags) {
  if (auto ok = CheckTextOrJson(flags.store); !ok) return ReportError(ok.error(), false);
  auto context = OpenContext(flags.store);
  if (!context) return ReportError(context.error(), flags.store.as_json());
  auto history = (*context)->store().generations().ListHistory({.limit = flags.limit});
  if (!history) return ReportError(history.error(), flags.store.as_json());
  if (flags.store.as_json()) {
    std::cout << app::HistoryToJson(*history).dump(2) << "\n";
    return 0;
  }
  for (const auto& entry : *history) {
    const std::string& text = entry.latest.text;
    std::cout << entry.generation.id << "  " << core::FormatIso8601(entry.generation.created_at)
              << "  " << entry.generation.style << "/" << entry.generation.tone << "  v"
              << entry.version_count << "  " << text.substr(0, text.find('\n')).substr(0, 70)
              << "\n";
  }
  if (history->empty()) std::cerr << "no stored posts yet; run `repopost generate` first\n";
  return 0;
}

}  // namespace

void AddHistoryCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<HistoryFlags>();
  CLI::App* cmd = root.add_subcommand("history", "List stored posts, newest first");
  cmd->add_option("--limit", flags->limit, "How many posts (1-1000)")->check(CLI::Range(1, 1000));
  AddStoreFlags(*cmd, flags->store);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
