#include "app/llm_tiers.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "llm/attempt_json.h"
#include "llm/local_discovery.h"

extern char** environ;

namespace repopost::app {
namespace {

std::string Lookup(const llm::Env& env, std::string_view name) {
  auto it = env.find(name);
  return it == env.end() ? "" : it->second;
}

// The TOML text of the config file, "" when there is none.
core::Result<std::string> ReadConfig(const LlmSettings& settings, const llm::Env& env) {
  std::filesystem::path path = settings.config_path;
  const bool explicit_path = !path.empty();
  if (!explicit_path) {
    std::string base = Lookup(env, "XDG_CONFIG_HOME");
    if (base.empty() && !Lookup(env, "HOME").empty()) base = Lookup(env, "HOME") + "/.config";
    if (base.empty()) return std::string();
    path = std::filesystem::path(base) / "repopost" / "config.toml";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return std::string();
  }
  std::error_code ec;
  if (explicit_path && !std::filesystem::is_regular_file(path, ec)) {
    return core::Fail(core::ErrorCode::kInput,
                      "the config file " + path.string() + " is not a regular file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return core::Fail(core::ErrorCode::kInput, "cannot read the config file " + path.string());
  // A config file is a few lines; reading stops past the cap rather than filling memory.
  constexpr std::size_t kMaxConfigBytes = 1 << 20;
  std::string text(kMaxConfigBytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > kMaxConfigBytes) {
    return core::Fail(core::ErrorCode::kTooLarge,
                      "the config file " + path.string() + " is larger than 1 MiB");
  }
  return text;
}

}  // namespace

llm::Env ProcessEnv() {
  llm::Env env;
  for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
    std::string_view line(*entry);
    const std::size_t eq = line.find('=');
    if (eq != std::string_view::npos) env.emplace(line.substr(0, eq), line.substr(eq + 1));
  }
  return env;
}

LlmTiers::LlmTiers(llm::LlmConfig config) : config_(std::move(config)) {
  if (config_.providers.empty()) return;
  std::vector<std::shared_ptr<llm::LlmClient>> clients;
  for (const llm::ClientConfig& provider : config_.providers) {
    clients.push_back(std::make_shared<llm::OpenAiCompatibleClient>(provider, &clock_));
  }
  router_ =
      std::make_unique<llm::FallbackRouter>(std::move(clients), config_.router, clock_, sleeper_);
}

core::Result<std::shared_ptr<LlmTiers>> LlmTiers::Open(const LlmSettings& settings,
                                                       const llm::Env& env) {
  auto toml = ReadConfig(settings, env);
  if (!toml) return tl::unexpected(toml.error());
  std::vector<std::string> specs;
  bool asked_auto = false;
  for (const std::string& spec : settings.provider_specs) {
    if (spec != kAutoSpec) {
      specs.push_back(spec);
      continue;
    }
    asked_auto = true;
    if (settings.offline) continue;
    for (const llm::ClientConfig& found :
         llm::DiscoverLocalServers(llm::DefaultLocalCandidates(env))) {
      specs.push_back(found.identity.base_url + "#model=" + found.identity.model +
                      "&name=" + found.identity.name);
    }
  }
  auto config = llm::ResolveLlmConfig(specs, settings.offline, env, *toml);
  if (config && asked_auto && !settings.offline) {
    config->source = config->providers.empty() ? "auto: no local server found" : "auto";
  }
  // A wrong provider spec or config key is a usage error (exit 1), whichever source it came from.
  if (!config) return core::Fail(core::ErrorCode::kUsage, config.error().message);
  std::shared_ptr<LlmTiers> tiers(new LlmTiers(std::move(*config)));
  tiers->self_ = tiers;
  return tiers;
}

std::shared_ptr<llm::FallbackRouter> LlmTiers::router() {
  if (!router_) return nullptr;
  // Aliasing pointer: whoever holds the router keeps the clients, clock and sleeper alive.
  return std::shared_ptr<llm::FallbackRouter>(self_.lock(), router_.get());
}

llm::HealthSummary LlmTiers::Health(bool refresh) {
  if (!router_) {
    llm::HealthSummary summary;
    summary.active_tier = std::string(llm::kTemplateTier);
    return summary;
  }
  return router_->Health(refresh);
}

nlohmann::json HealthReportJson(const llm::HealthSummary& health, const llm::LlmConfig& config) {
  nlohmann::json out = llm::ToJson(health);
  out["offline"] = config.offline;
  out["providers_from"] = config.source;
  out["template_fallback"] = true;  // the template writer is always the last tier
  if (config.providers.empty()) {
    out["status"] = "template-only";
  } else {
    out["status"] = health.degraded ? "degraded" : "healthy";
  }
  return out;
}

}  // namespace repopost::app
