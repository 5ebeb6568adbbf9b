// Provider configuration: which OpenAI-compatible servers to call, in fallback order, and the
// router's thresholds. Sources, later ones winning (DESIGN.md section 4): the `[llm]` section of
// the TOML config, the environment, then --llm flags.
//
//   llm::Env env = {{"GROQ_API_KEY", "..."}};
//   core::Result<llm::LlmConfig> config = llm::ResolveLlmConfig(flags, env, toml_text);
//
// Provider specs read `URL#model=NAME` with optional `&name=LABEL&key_env=VAR`. A URL with no
// path gets "/v1"; a trailing "/chat/completions" is dropped. API keys come from the environment
// only (GROQ_API_KEY for api.groq.com, OPENAI_API_KEY for api.openai.com, OPENROUTER_API_KEY,
// TOGETHER_API_KEY, or the variable named by key_env) and are held as core::Secret.
// The environment is passed as a map so tests never touch the real one.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "llm/fallback_router.h"
#include "llm/openai_compatible_client.h"

namespace repopost::llm {

using Env = std::map<std::string, std::string, std::less<>>;

inline constexpr std::string_view kGroqBaseUrl = "https://api.groq.com/openai/v1";
inline constexpr std::string_view kGroqDefaultModel = "llama-3.3-70b-versatile";
inline constexpr std::string_view kOpenAiBaseUrl = "https://api.openai.com/v1";
inline constexpr std::string_view kOpenAiDefaultModel = "gpt-4o-mini";
inline constexpr std::string_view kOllamaDefaultHost = "http://127.0.0.1:11434";
inline constexpr std::string_view kOllamaDefaultModel = "llama3.2";

struct LlmConfig {
  std::vector<ClientConfig> providers;  // in fallback order; empty = template writer only
  RouterConfig router;
  // Section-wide timeouts, applied to every provider without its own (llm.connect_timeout_ms,
  // llm.timeout_ms).
  std::chrono::milliseconds connect_timeout = kDefaultConnectTimeout;
  std::chrono::milliseconds total_timeout = kDefaultTotalTimeout;
  bool offline = false;  // when true, providers is empty
  std::string source;    // where the provider list came from: "flags", "REPOPOST_LLM", ...
};

// One `URL#model=NAME[&name=LABEL][&key_env=VAR]` spec.
core::Result<ClientConfig> ParseProviderSpec(std::string_view spec, const Env& env);
// A comma-separated list of specs (REPOPOST_LLM).
core::Result<std::vector<ClientConfig>> ParseProviderList(std::string_view list, const Env& env);
// Groq (GROQ_API_KEY [+ GROQ_MODEL]), OpenAI (OPENAI_API_KEY [+ OPENAI_BASE_URL, OPENAI_MODEL]),
// Ollama (OLLAMA_HOST [+ OLLAMA_MODEL]), in that order, for each variable that is set.
std::vector<ClientConfig> PresetsFromEnv(const Env& env);
// The `[llm]` section of a TOML document ("" = no file). Unknown keys and wrong types are errors
// naming the key.
core::Result<LlmConfig> ParseLlmSection(std::string_view toml_text, const Env& env);
// Everything together: flags, else REPOPOST_LLM, else the TOML providers, else presets.
// `offline` (the --offline flag), REPOPOST_OFFLINE=1 or `llm.offline = true` empty the list.
core::Result<LlmConfig> ResolveLlmConfig(const std::vector<std::string>& flag_specs, bool offline,
                                         const Env& env, std::string_view toml_text);

}  // namespace repopost::llm
