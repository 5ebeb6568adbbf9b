// FallbackRouter: sends a chat request to ordered providers with retries, cooldowns and a
// circuit breaker per provider, and records every attempt. It never switches providers in the
// middle of a streamed answer: after the first token a failure either ends the route
// (kStreamInterrupted) or, when the caller passes on_discard, the consumer is told to discard
// what it received and the route restarts cleanly on the retry/next provider.
// The template writer is the last tier: kNoProviderLeft tells the caller (generate) to use it.
//
//   llm::FallbackRouter router(std::move(clients), llm::RouterConfig{}, clock, sleeper);
//   llm::RouteResult result = router.Complete(request, {});
//   if (!result.ok()) return TemplateWriter(...);  // result.reason says why
//
// Thread-safety: Complete, Health and Snapshot may be called concurrently. `clock` and `sleeper`
// must outlive the router.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "llm/attempt_record.h"
#include "llm/circuit_breaker.h"
#include "llm/llm_client.h"
#include "llm/provider_health.h"
#include "llm/retry_policy.h"
#include "llm/sleeper.h"

namespace repopost::llm {

struct RouterConfig {
  static constexpr std::chrono::milliseconds kDefaultHealthTtl{30000};

  RetryPolicyConfig retry;
  CircuitBreakerConfig breaker;
  std::chrono::milliseconds health_ttl = kDefaultHealthTtl;  // cached health checks live this long
};

enum class RouteOutcome {
  kAnswered,
  kNoProviderLeft,  // every provider failed or is cooling down: use the template writer
  kStopped,         // the request itself is wrong (HTTP 400); another provider won't help
  kCancelled,
  kStreamInterrupted,  // a stream broke after tokens were emitted and the caller can't discard
};
std::string_view ToString(RouteOutcome value);

struct RouteOptions {
  std::function<void(std::string_view)> on_token;  // streamed fragments (request.stream)
  // Called when already-emitted tokens must be thrown away because the answer restarts.
  std::function<void(std::string_view reason)> on_discard;
  const CancelToken* cancel = nullptr;
  // Provider names not to call for this request (their answers to it were unusable); recorded
  // as skipped attempts.
  std::vector<std::string> avoid;
};

struct RouteResult {
  RouteOutcome outcome = RouteOutcome::kNoProviderLeft;
  std::optional<ChatResponse> response;  // set when kAnswered
  ProviderIdentity provider;             // who answered
  std::vector<AttemptRecord> attempts;   // every call and skip, in order
  std::string reason;                    // one sentence when not answered

  bool ok() const { return outcome == RouteOutcome::kAnswered; }
};

// Writes a loud warning line (401/403, misconfiguration). Default: stderr.
using WarningSink = std::function<void(std::string_view)>;

class FallbackRouter {
 public:
  FallbackRouter(std::vector<std::shared_ptr<LlmClient>> providers, RouterConfig config,
                 const core::Clock& clock, Sleeper& sleeper, WarningSink warn = nullptr);
  ~FallbackRouter();

  RouteResult Complete(const ChatRequest& request, const RouteOptions& options);

  // Health of every provider; runs explicit checks for entries older than health_ttl (or all
  // when `refresh`). Never called by Complete.
  HealthSummary Health(bool refresh = false);
  // The same summary from what is known now, without any network call.
  HealthSummary Snapshot() const;

  std::size_t provider_count() const { return providers_.size(); }

 private:
  struct ProviderState;
  struct Attempt;

  // Tries one provider until it answers or the router should move on. Returns true when the
  // route is finished (answered or stopped).
  bool TryProvider(std::size_t index, const ChatRequest& request, const RouteOptions& options,
                   RouteResult& result);
  Attempt CallOnce(std::size_t index, const ChatRequest& request, const RouteOptions& options);
  bool Admit(std::size_t index, RouteResult& result);
  void RecordOutcome(std::size_t index, const Attempt& attempt);
  ProviderHealth Describe(std::size_t index) const;

  std::vector<std::shared_ptr<LlmClient>> providers_;
  std::vector<std::unique_ptr<ProviderState>> states_;
  RouterConfig config_;
  RetryPolicy retry_;
  const core::Clock& clock_;
  Sleeper& sleeper_;
  WarningSink warn_;
};

}  // namespace repopost::llm
