// `repopost diff ID1 ID2`: a word-level diff between two versions (or posts: their latest).
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/post_json.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/store_flags.h"

namespace repopost::cli {
namespace {

struct DiffFlags {
  StoreFlags store;
  std::string from, to;
};

int Run(const DiffFlags& flags) {
  if (auto ok = CheckTextOrJson(flags.store); !ok) return ReportError(ok.error(), false);
  auto context = OpenContext(flags.store);
  if (!context) return ReportError(context.error(), flags.store.as_json());
  auto diff = (*context)->posts().Diff(flags.from, flags.to);
  if (!diff) return ReportError(diff.error(), flags.store.as_json());
  if (flags.store.as_json()) {
    std::cout << app::DiffToJson(*diff).dump(2) << "\n";
    return 0;
  }
  for (const auto& piece : diff->pieces) {
    switch (piece.op) {
      case app::WordDiff::Op::kKeep:
        std::cout << piece.text;
        break;
      case app::WordDiff::Op::kInsert:
        std::cout << "{+" << piece.text << "+}";
        break;
      case app::WordDiff::Op::kDelete:
        std::cout << "[-" << piece.text << "-]";
        break;
    }
  }
  std::cout << "\n";
  return 0;
}

}  // namespace

void AddDiffCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<DiffFlags>();
  CLI::App* cmd = root.add_subcommand("diff", "Word-level diff between two versions");
  cmd->add_option("from", flags->from, "Version id (v_...) or post id (its latest version)")
      ->required();
  cmd->add_option("to", flags->to, "Version id (v_...) or post id (its latest version)")
      ->required();
  AddStoreFlags(*cmd, flags->store);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
