// OpenAiCompatibleClient: LlmClient for any server speaking the OpenAI chat-completions protocol
// (Groq, OpenAI, OpenRouter, Together, Ollama, llama.cpp's server, vLLM, LM Studio), over libcurl.
//
//   llm::ClientConfig config;
//   config.identity = {"groq", "llama-3.3-70b-versatile", "https://api.groq.com/openai/v1"};
//   config.api_key = core::Secret(env["GROQ_API_KEY"]);
//   llm::OpenAiCompatibleClient client(std::move(config));
//
// Structured output degrades per server: json_schema with "strict" -> without it -> json_object
// (after a 400) -> no response_format with the first JSON object parsed from the text. The lowest
// format that worked is remembered so later calls skip the rejected ones. A json_schema answer
// that holds no JSON at all (servers that accept the format and ignore it) is asked for once more
// as json_object with the schema; still no JSON is kInvalidOutput (the router moves on). A JSON
// answer that deviates from the schema, or one cut at the token limit, is returned with
// ChatResponse::shape_problem set: the caller parses leniently or repairs with the same provider.
// Thread-safety: all methods may be called concurrently.
#pragma once

#include <atomic>
#include <chrono>

#include "core/clock.h"
#include "core/secret.h"
#include "llm/llm_client.h"

namespace repopost::llm {

inline constexpr std::chrono::milliseconds kDefaultConnectTimeout{5000};
inline constexpr std::chrono::milliseconds kDefaultTotalTimeout{60000};
inline constexpr std::chrono::milliseconds kDefaultHealthTimeout{5000};

struct ClientConfig {
  ProviderIdentity identity;  // base_url without a trailing slash, e.g. http://127.0.0.1:8080/v1
  core::Secret api_key;       // sent as "Authorization: Bearer ..." when not empty
  std::chrono::milliseconds connect_timeout = kDefaultConnectTimeout;
  std::chrono::milliseconds total_timeout = kDefaultTotalTimeout;
  std::chrono::milliseconds health_timeout = kDefaultHealthTimeout;
  bool request_stream_usage = true;  // ask for token usage in the last stream event
};

class OpenAiCompatibleClient final : public LlmClient {
 public:
  // `clock` must outlive the client; null means the system clock.
  explicit OpenAiCompatibleClient(ClientConfig config, const core::Clock* clock = nullptr);

  const ProviderIdentity& Identity() const override { return config_.identity; }
  LlmResult<ChatResponse> Complete(const ChatRequest& request, const CallOptions& options) override;
  LlmResult<std::chrono::milliseconds> CheckHealth() override;

 private:
  struct SendMode {
    ResponseFormatKind format = ResponseFormatKind::kNone;
    bool strict = true;
    bool schema_with_object = false;
  };
  LlmResult<ChatResponse> Send(const ChatRequest& request, const CallOptions& options,
                               SendMode mode);
  LlmResult<ChatResponse> Shape(ChatResponse response, const ChatRequest& request,
                                const CallOptions& options, SendMode mode);
  std::vector<std::string> Headers(bool stream) const;

  ClientConfig config_;
  const core::Clock* clock_;
  // The most structured format this server has been seen to accept (an int of ResponseFormatKind).
  std::atomic<int> format_ceiling_;
  std::atomic<bool> strict_refused_{false};  // a 400 to "strict": true was answered without it
};

}  // namespace repopost::llm
