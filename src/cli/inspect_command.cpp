// `repopost inspect SOURCE [--format json]`: the FactSheet with provenance.
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/generation_service.h"
#include "app/profile_json.h"
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

void PrintProfile(const profile::ProjectProfile& p) {
  std::cout << "Name: " << p.name << "   [" << p.name_why << "]\n"
            << "Kind: " << profile::ToString(p.kind) << " (" << p.audience << ")\n"
            << "Purpose: " << p.purpose << "\n";
  std::cout << "Release: " << (p.release.version.empty() ? "none" : p.release.version) << " ("
            << profile::ToString(p.release.status) << ")   [" << p.release.why << "]\n";
  for (const auto& line : p.install)
    std::cout << "Install: " << line.command << "   [" << line.why << "]\n";
  if (!p.first_use.empty()) std::cout << "First use: " << p.first_use << "\n";
  for (std::size_t i = 0; i < p.selling_points.size() && i < 6; ++i) {
    std::cout << "Point " << i + 1 << ": " << p.selling_points[i].text << "\n";
  }
  for (const auto& n : p.numbers) std::cout << "Number: " << n.sentence << "\n";
  for (const auto& s : p.platforms.supported) std::cout << "Runs on: " << s.platform << "\n";
  for (const auto& s : p.platforms.unsupported) std::cout << "Not on: " << s.platform << "\n";
  if (!p.status.empty()) std::cout << "Status: " << p.status << "\n";
}

int Run(const InspectFlags& flags) {
  const bool as_json = flags.format == "json";
  if (flags.format != "text" && flags.format != "json") {
    return ReportError({core::ErrorCode::kUsage, "--format must be one of text|json"}, as_json);
  }
  auto source = ReadSourceInput(flags.source, flags.text_file);
  if (!source) return ReportError(source.error(), as_json);
  app::GenerationService service(app::AppConfig{});
  auto understood = service.Understand(*source);
  if (!understood) return ReportError(understood.error(), as_json);
  const core::FactSheet* sheet = &understood->facts;
  if (as_json) {
    nlohmann::json out = app::FactSheetToJson(*sheet);
    out["profile"] = app::ProfileToJson(understood->profile);
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  PrintProfile(understood->profile);
  std::cout << "\nFacts:\n";
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
