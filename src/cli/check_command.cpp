// `repopost check --repo SOURCE --post FILE [--format json]`: the safety report of a given post
// against a repository (claims, verdicts, evidence, policy hits). Exit 0 whatever the verdict;
// the verdict is in the report.
#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/generation_service.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/source_input.h"
#include "safety/safety_report_json.h"

namespace repopost::cli {
namespace {

struct CheckFlags {
  std::string repo = ".";
  std::string post_file;
  std::string format = "text";
};

void PrintReport(const safety::SafetyReport& report) {
  for (const auto& claim : report.claims) {
    if (claim.verdict == safety::Verdict::kNotAClaim) continue;
    std::cout << "[" << safety::ToString(claim.verdict) << "] " << claim.text << "\n    "
              << claim.rationale << "\n";
    for (const auto& evidence : claim.evidence) {
      std::cout << "    evidence: " << evidence.path;
      if (evidence.line_begin > 0) std::cout << ":" << evidence.line_begin;
      std::cout << "  \"" << evidence.matched_text.substr(0, 100) << "\"\n";
      break;
    }
  }
  for (const auto& hit : report.policy_hits) {
    std::cout << "[policy " << hit.rule_id << "] " << hit.excerpt << "\n";
  }
  std::cout << "confidence " << report.confidence << ", " << (report.is_safe ? "safe" : "not safe")
            << "\n";
  for (const auto& reason : report.reasons) std::cout << "  " << reason << "\n";
}

int Run(const CheckFlags& flags) {
  const bool as_json = flags.format == "json";
  if (flags.format != "text" && !as_json) {
    return ReportError({core::ErrorCode::kUsage, "--format must be one of text|json"}, false);
  }
  auto post = ReadTextFile(flags.post_file);
  if (!post) return ReportError(post.error(), as_json);
  auto source = ReadSourceInput(flags.repo.empty() ? "." : flags.repo, "");
  if (!source) return ReportError(source.error(), as_json);
  app::GenerationService service(app::AppConfig{});
  auto report = service.Check(*source, *post);
  if (!report) return ReportError(report.error(), as_json);
  if (as_json) {
    std::cout << safety::ToJson(*report).dump(2) << "\n";
  } else {
    PrintReport(*report);
  }
  return 0;
}

}  // namespace

void AddCheckCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = root.add_subcommand("check", "Check every claim of a post against a repository");
  cmd->add_option("--repo", flags->repo, "Local path or GitHub URL of the repository");
  cmd->add_option("--post", flags->post_file, "File with the post text")->required();
  cmd->add_option("--format", flags->format, "Output format: text|json");
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
