// Shared pieces of the LLM writer integration tests: answers a scripted model gives, and a
// GenerationService request wired to real clients on loopback fake servers.
#pragma once

#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/generation_service.h"
#include "llm/fallback_router.h"
#include "llm/openai_compatible_client.h"

namespace repopost::testing {

// A JSON answer in the writer's schema.
inline std::string AnswerJson(const std::string& post,
                              std::vector<std::string> tags = {"#OpenSource", "#JSON", "#CLI"}) {
  nlohmann::json hooks = {
      {"curiosity", "What does it take to format JSON in place?"},
      {"bold_claim", "tidyjson reads a 100 MB file in under 2 seconds on a laptop."},
      {"story", "tidyjson began with one commit: Initial commit."},
      {"contrarian", "You don't need dependencies to format JSON."},
      {"emotional", "There is something satisfying about zero dependencies."}};
  return nlohmann::json{
      {"post", post},
      {"hooks", hooks},
      {"hashtags", tags},
      {"caption", ""},
      {"claims", nlohmann::json::array({nlohmann::json{{"sentence", 2}, {"evidence", {"f1"}}}})}}
      .dump();
}

inline const char* kGoodPost =
    "What does it take to format JSON in place?\n\n"
    "• Formats JSON with stable key order\n"
    "• Validates against JSON Schema draft 7\n"
    "• Rewrites files in place with --write\n\n"
    "Try it: npm install -g tidyjson\n\n"
    "What would you format first?";

inline const char* kInventedPost =
    "What does it take to format JSON in place?\n\n"
    "tidyjson is trusted by thousands of teams at Netflix and Spotify.\n\n"
    "When I first tried it, I rebuilt our whole pipeline with it in one afternoon.\n\n"
    "• Formats JSON with stable key order\n"
    "• It will save you 10 hours every week\n\n"
    "Try it: npm install -g tidyjson\n\n"
    "What would you format first?";

// Records sleeps without waiting, so retries against real servers stay fast.
class NoWaitSleeper final : public llm::Sleeper {
 public:
  void SleepFor(std::chrono::milliseconds, const llm::CancelToken*) override {}
};

// Owns clients, clock and sleeper; router() shares ownership like app::LlmTiers does.
class LoopbackTiers {
 public:
  explicit LoopbackTiers(const std::vector<std::string>& base_urls,
                         std::chrono::milliseconds timeout = std::chrono::milliseconds(1500)) {
    std::vector<std::shared_ptr<llm::LlmClient>> clients;
    int n = 0;
    for (const std::string& url : base_urls) {
      llm::ClientConfig config;
      config.identity = {"fake" + std::to_string(++n), "fake-model", url};
      config.connect_timeout = std::chrono::milliseconds(500);
      config.total_timeout = timeout;
      clients.push_back(std::make_shared<llm::OpenAiCompatibleClient>(config));
    }
    llm::RouterConfig config;
    config.retry.seed = 1;
    config.retry.max_attempts = 2;
    router_ = std::make_shared<llm::FallbackRouter>(std::move(clients), config, clock_, sleeper_,
                                                    [](std::string_view) {});
  }
  std::shared_ptr<llm::FallbackRouter> router() { return router_; }

 private:
  core::SystemClock clock_;
  NoWaitSleeper sleeper_;
  std::shared_ptr<llm::FallbackRouter> router_;
};

}  // namespace repopost::testing
