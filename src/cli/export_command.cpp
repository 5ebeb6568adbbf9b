// `repopost export ID --format F`: a stored post as LinkedIn text, a LinkedIn API payload,
// Markdown, Notion blocks or Markdown, Buffer CSV, CSV or JSON, on stdout.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/post_export.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/store_flags.h"

namespace repopost::cli {
namespace {

struct ExportFlags {
  StoreFlags store;
  std::string id, version, author_urn;
  bool bold_hook = false;
};

int Run(const ExportFlags& flags) {
  auto context = OpenContext(flags.store);
  if (!context) return ReportError(context.error(), false);
  auto record = (*context)->posts().Get(flags.id);
  if (!record) return ReportError(record.error(), false);
  exports::ExportOptions options;
  options.linkedin_text.bold_hook = flags.bold_hook;
  options.linkedin_payload.author_urn = flags.author_urn;
  auto text = app::ExportPost(*record, flags.store.format, options, flags.version);
  if (!text) return ReportError(text.error(), false);
  std::cout << *text;
  if (!text->empty() && text->back() != '\n') std::cout << "\n";
  return 0;
}

}  // namespace

void AddExportCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<ExportFlags>();
  flags->store.format = "linkedin";
  CLI::App* cmd = root.add_subcommand("export", "Export a stored post");
  cmd->add_option("id", flags->id, "Post id (g_...)")->required();
  AddStoreFlags(*cmd, flags->store, /*with_format=*/false);
  cmd->add_option("--format", flags->store.format, exports::ExportFormatChoices());
  cmd->add_option("--version", flags->version, "A version id (default: the latest)");
  cmd->add_flag("--bold-hook", flags->bold_hook,
                "LinkedIn text: set the hook in Unicode bold (screen readers may spell it out)");
  cmd->add_option("--author", flags->author_urn,
                  "linkedin-api: the author URN (urn:li:person:...)");
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
