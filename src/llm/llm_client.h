// LlmClient: the seam between repopost and a chat-completion provider. It knows nothing about
// posts. OpenAiCompatibleClient is the real one; tests pass fakes to FallbackRouter.
//
//   llm::CallOptions options;
//   options.on_token = [](std::string_view token) { std::cout << token << std::flush; };
//   llm::LlmResult<llm::ChatResponse> answer = client.Complete(request, options);
//   if (!answer) Log(llm::ToString(answer.error().status), answer.error().message);
//
// Thread-safety: Complete and CheckHealth may be called concurrently from several threads.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <string_view>

#include "llm/cancel_token.h"
#include "llm/chat_request.h"
#include "llm/chat_response.h"
#include "llm/llm_error.h"

namespace repopost::llm {

struct CallOptions {
  // Called with each content fragment as it arrives when request.stream is true. Runs on the
  // calling thread; must not throw.
  std::function<void(std::string_view)> on_token;
  const CancelToken* cancel = nullptr;  // not owned; may be null
};

// What a provider is, for attempt records and health output. The API key is never here.
struct ProviderIdentity {
  std::string name;      // "groq", "ollama", "127.0.0.1:8080", ...
  std::string model;     // the configured model
  std::string base_url;  // e.g. https://api.groq.com/openai/v1
};

class LlmClient {
 public:
  virtual ~LlmClient() = default;

  virtual const ProviderIdentity& Identity() const = 0;

  // One chat completion. On success the content honours request.response_format (see
  // ChatResponse::format_used); failures carry a typed LlmStatus.
  virtual LlmResult<ChatResponse> Complete(const ChatRequest& request,
                                           const CallOptions& options) = 0;

  // A cheap reachability probe (GET {base}/models). Returns the round-trip time.
  virtual LlmResult<std::chrono::milliseconds> CheckHealth() = 0;
};

}  // namespace repopost::llm
