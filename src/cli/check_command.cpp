// `repopost check --repo SOURCE --post FILE [--format json] [--fail-on-unsafe]`: the safety
// report of a given post against a repository (claims, verdicts, evidence, policy hits), naming
// the repository it used. Without --repo the current folder is used only when it is inside a git
// repository (else exit 1: say which repository). Exit 0 whatever the verdict; with
// --fail-on-unsafe, exit 5 when the post is not safe to post (app::PublishSignal), for scripts.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/generation_service.h"
#include "app/publish_signal.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/source_input.h"
#include "safety/safety_report_json.h"

namespace repopost::cli {
namespace {

struct CheckFlags {
  std::string repo;  // "" = the current folder, when it is inside a git repository
  std::string post_file;
  std::string format = "text";
  bool fail_on_unsafe = false;
};

// True when `dir` or a folder above it holds a .git entry.
bool InsideGitRepository(const std::filesystem::path& dir) {
  std::error_code ec;
  for (std::filesystem::path at = std::filesystem::absolute(dir, ec); !ec && !at.empty();
       at = at.parent_path()) {
    if (std::filesystem::exists(at / ".git", ec)) return true;
    if (at == at.parent_path()) break;
  }
  return false;
}

// The repository to check against: --repo, else the current folder when it is a repository.
core::Result<std::string> RepositoryToCheck(const CheckFlags& flags) {
  if (!flags.repo.empty()) return flags.repo;
  if (InsideGitRepository(".")) return std::filesystem::current_path().string();
  return core::Fail(core::ErrorCode::kUsage,
                    "the current folder is not a git repository; say which repository to check "
                    "against with --repo PATH|URL");
}

void PrintReport(const std::string& repository, const safety::SafetyReport& report) {
  std::cout << "Checked against " << repository << "\n";
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
  std::cout << "confidence " << report.confidence << ": the post "
            << app::Describe(app::SignalFor(report)) << "\n";
  for (const auto& reason : report.reasons) std::cout << "  " << reason << "\n";
}

int Run(const CheckFlags& flags) {
  const bool as_json = flags.format == "json";
  if (flags.format != "text" && !as_json) {
    return ReportError({core::ErrorCode::kUsage, "--format must be one of text|json"}, false);
  }
  auto post = ReadTextFile(flags.post_file);
  if (!post) return ReportError(post.error(), as_json);
  auto repository = RepositoryToCheck(flags);
  if (!repository) return ReportError(repository.error(), as_json);
  auto source = ReadSourceInput(*repository, "");
  if (!source) return ReportError(source.error(), as_json);
  app::GenerationService service(app::AppConfig{});
  auto report = service.Check(*source, *post);
  if (!report) return ReportError(report.error(), as_json);
  const app::PublishSignal signal = app::SignalFor(*report);
  if (as_json) {
    nlohmann::json out = safety::ToJson(*report);
    out["repository"] = *repository;
    out["signal"] = std::string(app::ToString(signal));
    std::cout << out.dump(2) << "\n";
  } else {
    PrintReport(*repository, *report);
  }
  if (flags.fail_on_unsafe && signal != app::PublishSignal::kSafe) {
    std::cerr << "repopost: the post " << app::Describe(signal) << "; exit " << kExitNotReady
              << " (--fail-on-unsafe)\n";
    return kExitNotReady;
  }
  return 0;
}

}  // namespace

void AddCheckCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = root.add_subcommand("check", "Check every claim of a post against a repository");
  cmd->add_option("--repo", flags->repo,
                  "Local path or GitHub URL of the repository (default: the current folder, when "
                  "it is a git repository)");
  cmd->add_option("--post", flags->post_file, "File with the post text")->required();
  cmd->add_option("--format", flags->format, "Output format: text|json");
  cmd->add_flag("--fail-on-unsafe", flags->fail_on_unsafe,
                "Exit 5 when the post is not safe to post (unsupported claims, a blocking policy "
                "hit, or nothing checkable stated), for scripts");
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
