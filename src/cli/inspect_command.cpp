// `repopost inspect SOURCE [--format json]`: the FactSheet with provenance.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/generation_service.h"
#include "app/result_json.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/source_input.h"

namespace repopost::cli {
namespace {

struct InspectFlags {
  std::string source;
  std::string text_file;
  std::string format = "text";
};

int Run(const InspectFlags& flags) {
  const bool as_json = flags.format == "json";
  if (flags.format != "text" && flags.format != "json") {
    return ReportError({core::ErrorCode::kUsage, "--format must be one of text|json"}, as_json);
  }
  auto source = ReadSourceInput(flags.source, flags.text_file);
  if (!source) return ReportError(source.error(), as_json);
  app::GenerationService service(app::AppConfig{});
  auto sheet = service.Inspect(*source);
  if (!sheet) return ReportError(sheet.error(), as_json);
  if (as_json) {
    std::cout << app::FactSheetToJson(*sheet).dump(2) << "\n";
    return 0;
  }
  for (const auto& fact : sheet->facts) {
    std::cout << fact.id << "  " << core::ToString(fact.kind) << ": " << fact.value;
    if (!fact.detail.empty()) std::cout << " (" << fact.detail << ")";
    std::cout << "   [" << fact.provenance.Describe() << "]\n";
  }
  for (const auto& warning : sheet->warnings) std::cerr << "warning: " << warning << "\n";
  return 0;
}

}  // namespace

void AddInspectCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<InspectFlags>();
  CLI::App* cmd =
      root.add_subcommand("inspect", "Show the facts extracted from a source, with provenance");
  cmd->add_option("source", flags->source, "Local path, GitHub URL, or - for stdin")
      ->default_val(".");
  cmd->add_option("--text", flags->text_file, "Text or Markdown file to use as (extra) source");
  cmd->add_option("--format", flags->format, "Output format: text|json");
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
