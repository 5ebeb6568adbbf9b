// `repopost health [--llm URL ...] [--config FILE] [--offline] [--format text|json]`: each LLM
// provider's state (circuit breaker), reachability and latency from an explicit health check,
// the tier a request would use now, and whether the system is degraded. Exit 0 when healthy or
// degraded (the template writer always remains); 1 for bad flags or config.
#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/llm_tiers.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/shared_flags.h"

namespace repopost::cli {
namespace {

struct HealthFlags {
  app::LlmSettings llm;
  std::string format = "text";
};

void PrintText(const llm::HealthSummary& health, const llm::LlmConfig& config) {
  if (config.providers.empty()) {
    std::cout << "LLM providers: none" << (config.offline ? " (offline)" : "")
              << "; posts come from the template writer\n";
  } else {
    std::cout << "LLM providers (" << config.source << ", in fallback order):\n";
  }
  int number = 0;
  for (const llm::ProviderHealth& provider : health.providers) {
    std::cout << "  " << ++number << ". " << provider.identity.name << "  "
              << provider.identity.base_url << "  model=" << provider.identity.model
              << "  state=" << llm::ToString(provider.state);
    if (provider.reachable) std::cout << (*provider.reachable ? "  reachable" : "  unreachable");
    if (provider.latency) std::cout << "  latency=" << provider.latency->count() << " ms";
    if (provider.cooldown_left)
      std::cout << "  cooldown=" << provider.cooldown_left->count() << " ms";
    if (!provider.last_error_message.empty())
      std::cout << "  error: " << provider.last_error_message;
    std::cout << "\n";
  }
  std::cout << "  " << ++number << ". template writer (always available)\n";
  std::cout << "active tier: " << health.active_tier << "\n";
  std::cout << "status: "
            << (config.providers.empty() ? "template-only"
                                         : (health.degraded ? "degraded (falls back)" : "healthy"))
            << "\n";
}

int Run(const HealthFlags& flags) {
  const bool as_json = flags.format == "json";
  if (flags.format != "text" && flags.format != "json") {
    return ReportError({core::ErrorCode::kUsage, "--format must be one of text|json"}, as_json);
  }
  auto tiers = app::LlmTiers::Open(flags.llm, app::ProcessEnv());
  if (!tiers) return ReportError(tiers.error(), as_json);
  const llm::HealthSummary health = (*tiers)->Health(/*refresh=*/true);
  if (as_json) {
    std::cout << app::HealthReportJson(health, (*tiers)->config()).dump(2) << "\n";
  } else {
    PrintText(health, (*tiers)->config());
  }
  return 0;
}

}  // namespace

void AddHealthCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<HealthFlags>();
  CLI::App* cmd = root.add_subcommand("health", "Check the LLM providers and show the active tier");
  AddLlmFlags(*cmd, flags->llm);
  cmd->add_option("--format", flags->format, "Output format: text|json");
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
