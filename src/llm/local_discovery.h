// Local LLM discovery for `--llm auto`: finds an OpenAI-compatible server already running on
// this machine (Ollama on 127.0.0.1:11434, llama.cpp's server on 127.0.0.1:8080, or the URLs in
// REPOPOST_AUTO_LLM_URLS) by asking each for GET /v1/models, and uses the first model it lists.
//
//   std::vector<llm::ClientConfig> found =
//   llm::DiscoverLocalServers(llm::DefaultLocalCandidates(env)); if (found.empty()) ... // nothing
//   is running: the template writer writes
//
// A candidate that does not answer within `timeout`, answers non-2xx or lists no model is
// skipped. Nothing is downloaded or started. Thread-safe (no shared state).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "llm/openai_compatible_client.h"
#include "llm/provider_config.h"

namespace repopost::llm {

struct LocalCandidate {
  std::string name;      // "ollama", "llama.cpp"
  std::string base_url;  // http://127.0.0.1:11434/v1
};

inline constexpr std::chrono::milliseconds kDiscoveryTimeout{400};

// The well-known local servers, or the comma-separated base URLs in REPOPOST_AUTO_LLM_URLS.
std::vector<LocalCandidate> DefaultLocalCandidates(const Env& env);

// One client config per candidate that answered with at least one model, in candidate order.
std::vector<ClientConfig> DiscoverLocalServers(
    const std::vector<LocalCandidate>& candidates,
    std::chrono::milliseconds timeout = kDiscoveryTimeout);

}  // namespace repopost::llm
