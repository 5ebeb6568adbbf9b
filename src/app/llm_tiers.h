// LlmTiers: the composition of the LLM tiers from configuration (DESIGN.md section 4): the
// `[llm]` section of the TOML config (--config FILE, else $XDG_CONFIG_HOME/repopost/config.toml
// when it exists), then REPOPOST_LLM and the GROQ_API_KEY / OPENAI_API_KEY (+ OPENAI_BASE_URL) /
// OLLAMA_HOST presets, then --llm flags; --offline empties the list. It owns the clients, the
// clock, the sleeper and the FallbackRouter; the template writer is always the tier after them.
//
//   auto tiers = app::LlmTiers::Open({.provider_specs = flags.llm}, app::ProcessEnv());
//   if (!tiers) return ReportError(tiers.error());
//   request.llm = (*tiers)->router();           // keeps the tiers alive
//   llm::HealthSummary health = (*tiers)->Health(/*refresh=*/true);
//
// Thread-safety: router() and Health() may be called from any thread.
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "llm/fallback_router.h"
#include "llm/provider_config.h"
#include "llm/sleeper.h"

namespace repopost::app {

// `--llm auto`: whatever local OpenAI-compatible server is running (llm/local_discovery.h).
inline constexpr std::string_view kAutoSpec = "auto";

struct LlmSettings {
  std::vector<std::string> provider_specs;  // --llm URL[#model=NAME] or auto, in fallback order
  bool offline = false;                     // --offline
  std::string config_path;                  // --config; "" = the XDG default when it exists
};

// The process environment as the map the llm stage reads.
llm::Env ProcessEnv();

class LlmTiers {
 public:
  // kUsage for a bad provider spec or config key (the message names it); kInput when an
  // explicit --config file cannot be read.
  static core::Result<std::shared_ptr<LlmTiers>> Open(const LlmSettings& settings,
                                                      const llm::Env& env);

  // Null when no provider is configured (offline, or nothing set): the template writer only.
  std::shared_ptr<llm::FallbackRouter> router();
  const llm::LlmConfig& config() const { return config_; }
  // Provider states with explicit (cached, TTL) health checks; `refresh` forces new checks.
  llm::HealthSummary Health(bool refresh);

 private:
  explicit LlmTiers(llm::LlmConfig config);

  llm::LlmConfig config_;
  core::SystemClock clock_;
  llm::RealSleeper sleeper_;
  std::unique_ptr<llm::FallbackRouter> router_;
  std::weak_ptr<LlmTiers> self_;
};

// `health` as JSON (llm::ToJson) plus where the providers came from and whether requests will
// still get a post (always: the template writer is the last tier).
nlohmann::json HealthReportJson(const llm::HealthSummary& health, const llm::LlmConfig& config);

}  // namespace repopost::app
