#include "llm/fallback_router.h"

#include <algorithm>
#include <iostream>

#include "core/enum_table.h"

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;

constexpr core::EnumTable<RouteOutcome, 5> kOutcomes{
    {{{RouteOutcome::kAnswered, "answered"},
      {RouteOutcome::kNoProviderLeft, "no_provider_left"},
      {RouteOutcome::kStopped, "stopped"},
      {RouteOutcome::kCancelled, "cancelled"},
      {RouteOutcome::kStreamInterrupted, "stream_interrupted"}}}};

void WarnToStderr(std::string_view line) { std::cerr << "repopost: warning: " << line << '\n'; }

std::string Seconds(milliseconds value) {
  return std::to_string((value.count() + 999) / 1000) + " s";
}

// Failures that say nothing about the provider's health do not count toward its breaker.
bool CountsAgainstProvider(LlmStatus status) {
  switch (status) {
    case LlmStatus::kOk:
    case LlmStatus::kCancelled:
    case LlmStatus::kBadRequest:
    case LlmStatus::kContextLength:
    case LlmStatus::kInvalidOutput:
      return false;
    default:
      return true;
  }
}

}  // namespace

std::string_view ToString(RouteOutcome value) { return kOutcomes.Name(value); }

struct FallbackRouter::ProviderState {
  explicit ProviderState(const CircuitBreakerConfig& config) : breaker(config) {}
  mutable std::mutex mutex;
  CircuitBreaker breaker;
  std::optional<bool> reachable;
  std::optional<milliseconds> latency;
  std::optional<LlmStatus> last_error;
  std::string last_error_message;
  std::optional<std::chrono::steady_clock::time_point> checked_at;
};

struct FallbackRouter::Attempt {
  LlmResult<ChatResponse> result;
  AttemptRecord record;
  bool emitted = false;
};

FallbackRouter::FallbackRouter(std::vector<std::shared_ptr<LlmClient>> providers,
                               RouterConfig config, const core::Clock& clock, Sleeper& sleeper,
                               WarningSink warn)
    : providers_(std::move(providers)),
      config_(config),
      retry_(config.retry),
      clock_(clock),
      sleeper_(sleeper),
      warn_(warn ? std::move(warn) : WarningSink(WarnToStderr)) {
  for (std::size_t i = 0; i < providers_.size(); ++i) {
    states_.push_back(std::make_unique<ProviderState>(config_.breaker));
  }
}

FallbackRouter::~FallbackRouter() = default;

RouteResult FallbackRouter::Complete(const ChatRequest& request, const RouteOptions& options) {
  RouteResult result;
  for (std::size_t i = 0; i < providers_.size(); ++i) {
    if (options.cancel != nullptr && options.cancel->IsCancelled()) {
      result.outcome = RouteOutcome::kCancelled;
      result.reason = "the request was cancelled";
      return result;
    }
    const ProviderIdentity& identity = providers_[i]->Identity();
    if (std::find(options.avoid.begin(), options.avoid.end(), identity.name) !=
        options.avoid.end()) {
      AttemptRecord skip;
      skip.provider = identity.name;
      skip.model = identity.model;
      skip.action = AttemptAction::kSkipped;
      skip.started_at = clock_.Now();
      skip.reason = "its answers to this request were not usable";
      result.attempts.push_back(std::move(skip));
      continue;
    }
    if (TryProvider(i, request, options, result)) return result;
  }
  result.outcome = RouteOutcome::kNoProviderLeft;
  if (providers_.empty()) {
    result.reason = "no LLM provider is configured";
    return result;
  }
  result.reason = "no LLM provider left";
  std::string separator = ": ";
  for (std::size_t i = 0; i < providers_.size(); ++i) {
    std::lock_guard<std::mutex> lock(states_[i]->mutex);
    std::string why = states_[i]->last_error ? std::string(ToString(*states_[i]->last_error))
                                             : std::string("cooling down");
    result.reason += separator + providers_[i]->Identity().name + " " + why;
    separator = ", ";
  }
  return result;
}

bool FallbackRouter::Admit(std::size_t index, RouteResult& result) {
  ProviderState& state = *states_[index];
  const auto now = clock_.Monotonic();
  std::lock_guard<std::mutex> lock(state.mutex);
  if (state.breaker.AllowRequest(now)) return true;
  AttemptRecord skip;
  skip.provider = providers_[index]->Identity().name;
  skip.model = providers_[index]->Identity().model;
  skip.status = state.last_error.value_or(LlmStatus::kOk);
  skip.action = AttemptAction::kSkipped;
  skip.started_at = clock_.Now();
  auto until = state.breaker.open_until();
  skip.reason = until
                    ? "circuit open, cooling down for " +
                          Seconds(std::chrono::duration_cast<milliseconds>(*until - now)) + " more"
                    : "circuit half-open, a probe request is already in flight";
  result.attempts.push_back(std::move(skip));
  return false;
}

FallbackRouter::Attempt FallbackRouter::CallOnce(std::size_t index, const ChatRequest& request,
                                                 const RouteOptions& options) {
  LlmClient& client = *providers_[index];
  Attempt attempt;
  AttemptRecord& record = attempt.record;
  record.provider = client.Identity().name;
  record.model = request.model.empty() ? client.Identity().model : request.model;
  record.streamed = request.stream;
  record.started_at = clock_.Now();
  CallOptions call;
  call.cancel = options.cancel;
  call.on_token = [&](std::string_view token) {
    attempt.emitted = true;
    if (options.on_token) options.on_token(token);
  };
  const auto start = clock_.Monotonic();
  attempt.result = client.Complete(request, call);
  record.latency = std::chrono::duration_cast<milliseconds>(clock_.Monotonic() - start);
  if (attempt.result) {
    record.status = LlmStatus::kOk;
    record.time_to_first_token = attempt.result->time_to_first_token;
    record.usage = attempt.result->usage;
    record.finish_reason = attempt.result->finish_reason;
    record.format_used = attempt.result->format_used;
    record.response_model = attempt.result->model;
    record.http_status = attempt.result->http_status;
    record.reason = attempt.result->note;
  } else {
    record.status = attempt.result.error().status;
    record.http_status = attempt.result.error().http_status;
    record.usage = attempt.result.error().usage;
    record.format_used = attempt.result.error().format_used;
    record.error_message = attempt.result.error().message;
  }
  return attempt;
}

void FallbackRouter::RecordOutcome(std::size_t index, const Attempt& attempt) {
  ProviderState& state = *states_[index];
  std::lock_guard<std::mutex> lock(state.mutex);
  state.latency = attempt.record.latency;
  if (attempt.result) {
    state.breaker.RecordSuccess();
    state.reachable = true;  // an answer proves it, whatever an older health check said
    state.last_error.reset();
    state.last_error_message.clear();
    return;
  }
  state.last_error = attempt.record.status;
  state.last_error_message = attempt.record.error_message;
  if (CountsAgainstProvider(attempt.record.status)) {
    state.breaker.RecordFailure(clock_.Monotonic());
  } else {
    state.breaker.RecordNeutral();
  }
}

bool FallbackRouter::TryProvider(std::size_t index, const ChatRequest& request,
                                 const RouteOptions& options, RouteResult& result) {
  const ProviderIdentity& identity = providers_[index]->Identity();
  ProviderState& state = *states_[index];
  for (int number = 1;; ++number) {
    if (!Admit(index, result)) return false;
    Attempt attempt = CallOnce(index, request, options);
    attempt.record.attempt = number;
    RecordOutcome(index, attempt);
    AttemptRecord& record = attempt.record;
    if (attempt.result) {
      record.action = AttemptAction::kAnswered;
      result.outcome = RouteOutcome::kAnswered;
      result.response = std::move(*attempt.result);
      result.provider = identity;
      result.attempts.push_back(std::move(record));
      return true;
    }
    const LlmError& error = attempt.result.error();
    auto finish = [&](AttemptAction action, std::string reason) {
      record.action = action;
      record.reason = std::move(reason);
      result.attempts.push_back(record);
    };
    if ((error.tokens_emitted || attempt.emitted) && error.status != LlmStatus::kCancelled) {
      if (!options.on_discard) {
        result.outcome = RouteOutcome::kStreamInterrupted;
        result.reason = "the stream from " + identity.name + " broke after tokens were emitted (" +
                        std::string(ToString(error.status)) +
                        "); not switching providers mid-answer";
        finish(AttemptAction::kStopped, result.reason);
        return true;
      }
      record.discarded = true;
      options.on_discard("the stream from " + identity.name + " broke (" +
                         std::string(ToString(error.status)) + "); the answer restarts");
    }
    switch (ActionFor(error.status)) {
      case FailureAction::kStop:
        result.outcome = error.status == LlmStatus::kCancelled ? RouteOutcome::kCancelled
                                                               : RouteOutcome::kStopped;
        result.reason = error.message;
        finish(AttemptAction::kStopped, "not retryable: " + std::string(ToString(error.status)));
        return true;
      case FailureAction::kSkipProvider: {
        {
          std::lock_guard<std::mutex> lock(state.mutex);
          state.breaker.OpenFor(config_.breaker.auth_cooldown, clock_.Monotonic());
        }
        std::string why = "LLM provider " + identity.name + " rejected the credentials (HTTP " +
                          std::to_string(error.http_status) + "); skipping it for " +
                          Seconds(config_.breaker.auth_cooldown) + ": check its API key";
        warn_(why);
        finish(AttemptAction::kFellBack, why);
        return false;
      }
      case FailureAction::kNextProvider:
        finish(AttemptAction::kFellBack,
               "fell back after " + std::string(ToString(error.status)) + " (not retryable here)");
        return false;
      case FailureAction::kRetry:
        break;
    }
    RetryDecision decision = retry_.AfterFailure(number, error);
    if (decision.cooldown) {
      std::lock_guard<std::mutex> lock(state.mutex);
      state.breaker.OpenFor(*decision.cooldown, clock_.Monotonic());
    }
    bool open = false;
    {
      std::lock_guard<std::mutex> lock(state.mutex);
      open = state.breaker.State(clock_.Monotonic()) == BreakerState::kOpen;
    }
    if (!decision.retry) {
      finish(AttemptAction::kFellBack, "fell back: " + decision.reason);
      return false;
    }
    if (open) {
      finish(AttemptAction::kFellBack, "fell back: circuit opened after " +
                                           std::to_string(config_.breaker.failure_threshold) +
                                           " consecutive failures (" +
                                           std::string(ToString(error.status)) + ")");
      return false;
    }
    record.backoff = decision.delay;
    finish(AttemptAction::kRetried, decision.reason);
    sleeper_.SleepFor(decision.delay, options.cancel);
  }
}

ProviderHealth FallbackRouter::Describe(std::size_t index) const {
  const ProviderState& state = *states_[index];
  const auto now = clock_.Monotonic();
  std::lock_guard<std::mutex> lock(state.mutex);
  ProviderHealth health;
  health.identity = providers_[index]->Identity();
  health.state = state.breaker.State(now);
  health.consecutive_failures = state.breaker.consecutive_failures();
  if (auto until = state.breaker.open_until(); until && *until > now) {
    health.cooldown_left = std::chrono::duration_cast<milliseconds>(*until - now);
  }
  health.reachable = state.reachable;
  health.latency = state.latency;
  health.last_error = state.last_error;
  health.last_error_message = state.last_error_message;
  if (state.checked_at) {
    health.checked_ago = std::chrono::duration_cast<milliseconds>(now - *state.checked_at);
  }
  return health;
}

HealthSummary FallbackRouter::Snapshot() const {
  HealthSummary summary;
  summary.active_tier = std::string(kTemplateTier);
  for (std::size_t i = 0; i < providers_.size(); ++i) {
    ProviderHealth health = Describe(i);
    bool usable = health.state != BreakerState::kOpen && health.reachable.value_or(true);
    if (usable && summary.active_tier == kTemplateTier) summary.active_tier = health.identity.name;
    if (!usable || health.state != BreakerState::kClosed) summary.degraded = true;
    summary.providers.push_back(std::move(health));
  }
  if (!providers_.empty() && summary.active_tier != providers_.front()->Identity().name) {
    summary.degraded = true;
  }
  return summary;
}

HealthSummary FallbackRouter::Health(bool refresh) {
  for (std::size_t i = 0; i < providers_.size(); ++i) {
    ProviderState& state = *states_[i];
    {
      std::lock_guard<std::mutex> lock(state.mutex);
      bool fresh = state.checked_at && clock_.Monotonic() - *state.checked_at < config_.health_ttl;
      if (fresh && !refresh) continue;
    }
    auto checked = providers_[i]->CheckHealth();
    std::lock_guard<std::mutex> lock(state.mutex);
    state.checked_at = clock_.Monotonic();
    state.reachable = checked.has_value();
    if (checked) {
      state.latency = *checked;
    } else {
      state.last_error = checked.error().status;
      state.last_error_message = checked.error().message;
    }
  }
  return Snapshot();
}

}  // namespace repopost::llm
