// `repopost verify --source FILE [--source FILE ...] --text FILE [--format json]`: the claim
// checker for any text against any sources. Prints "consistent" or "inconsistent" (JSON: a
// top-level "verdict").
#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/source_input.h"
#include "safety/safety_report_json.h"
#include "safety/verification.h"

namespace repopost::cli {
namespace {

struct VerifyFlags {
  std::vector<std::string> sources;
  std::string text_file;
  std::string format = "text";
};

int Run(const VerifyFlags& flags) {
  const bool as_json = flags.format == "json";
  if (flags.format != "text" && !as_json) {
    return ReportError({core::ErrorCode::kUsage, "--format must be one of text|json"}, false);
  }
  std::vector<safety::SourceText> sources;
  for (const std::string& path : flags.sources) {
    auto text = ReadTextFile(path);
    if (!text) return ReportError(text.error(), as_json);
    sources.push_back({path, std::move(*text)});
  }
  auto text = ReadTextFile(flags.text_file);
  if (!text) return ReportError(text.error(), as_json);
  auto report = safety::VerifyText(sources, *text);
  if (!report) return ReportError(report.error(), as_json);
  if (as_json) {
    std::cout << safety::ToJson(*report).dump(2) << "\n";
    return 0;
  }
  std::cout << safety::ToString(report->consistency) << "\n";
  for (const auto& claim : report->report.claims) {
    if (claim.verdict == safety::Verdict::kSupported ||
        claim.verdict == safety::Verdict::kNotAClaim) {
      continue;
    }
    std::cout << "[" << safety::ToString(claim.verdict) << "] " << claim.text << "\n    "
              << claim.rationale << "\n";
  }
  return 0;
}

}  // namespace

void AddVerifyCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<VerifyFlags>();
  CLI::App* cmd = root.add_subcommand("verify", "Check any text against any source files");
  cmd->add_option("--source", flags->sources, "A source file (repeatable)")->required();
  cmd->add_option("--text", flags->text_file, "The text to verify")->required();
  cmd->add_option("--format", flags->format, "Output format: text|json");
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
