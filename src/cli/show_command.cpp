// `repopost show ID [--format json]`: one stored post with its versions, feedback and attempts.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/post_json.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/store_flags.h"

namespace repopost::cli {
namespace {

struct ShowFlags {
  StoreFlags store;
  std::string id;
};

int Run(const ShowFlags& flags) {
  if (auto ok = CheckTextOrJson(flags.store); !ok) return ReportError(ok.error(), false);
  auto context = OpenContext(flags.store);
  if (!context) return ReportError(context.error(), flags.store.as_json());
  auto record = (*context)->posts().Get(flags.id);
  if (!record) return ReportError(record.error(), flags.store.as_json());
  if (flags.store.as_json()) {
    std::cout << app::PostRecordToJson(*record).dump(2) << "\n";
    return 0;
  }
  const auto& latest = record->versions.back();
  std::cout << latest.text << "\n\n";
  if (!latest.caption.empty()) std::cout << "Caption: " << latest.caption << "\n\n";
  std::cerr << record->generation.id << ": " << record->versions.size() << " version(s), latest "
            << latest.id;
  if (latest.quality_score) std::cerr << ", quality " << *latest.quality_score;
  if (latest.safety_confidence) std::cerr << ", safety confidence " << *latest.safety_confidence;
  std::cerr << "\n";
  return 0;
}

}  // namespace

void AddShowCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<ShowFlags>();
  CLI::App* cmd = root.add_subcommand("show", "Show a stored post (its latest version)");
  cmd->add_option("id", flags->id, "Post id (g_...)")->required();
  AddStoreFlags(*cmd, flags->store);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
