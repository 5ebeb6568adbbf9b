#include "llm/fallback_router.h"

#include <gtest/gtest.h>

#include <deque>

#include "fake_time.h"

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

// One scripted outcome of a fake provider call.
struct Step {
  LlmStatus status = LlmStatus::kOk;  // kOk answers `content`
  std::string content = "answer";
  std::vector<std::string> tokens;  // emitted through on_token before the outcome
  std::optional<milliseconds> retry_after;
  milliseconds latency{10};
};

class ScriptedClient final : public LlmClient {
 public:
  ScriptedClient(std::string name, FakeClock& clock, std::deque<Step> steps)
      : identity_{std::move(name), "model-" + identity_.name, "http://x/v1"},
        clock_(clock),
        steps_(std::move(steps)) {
    identity_.model = "model-" + identity_.name;
  }
  const ProviderIdentity& Identity() const override { return identity_; }
  LlmResult<ChatResponse> Complete(const ChatRequest&, const CallOptions& options) override {
    ++calls;
    Step step = steps_.empty() ? Step{} : steps_.front();
    if (!steps_.empty()) steps_.pop_front();
    clock_.Advance(step.latency);
    for (const std::string& token : step.tokens) options.on_token(token);
    if (step.status != LlmStatus::kOk) {
      int http = step.status == LlmStatus::kUnauthorized ? 401 : 0;
      LlmError error{step.status, http, identity_.name + " failed", step.retry_after,
                     !step.tokens.empty()};
      return tl::unexpected(error);
    }
    ChatResponse response;
    response.content = step.content;
    response.usage = {7, 3};
    response.finish_reason = FinishReason::kStop;
    return response;
  }
  LlmResult<milliseconds> CheckHealth() override {
    ++health_checks;
    if (healthy) return milliseconds(12);
    return LlmFail(LlmStatus::kConnectFailed, "down");
  }
  int calls = 0;
  int health_checks = 0;
  bool healthy = true;

 private:
  ProviderIdentity identity_;
  FakeClock& clock_;
  std::deque<Step> steps_;
};

class RouterTest : public ::testing::Test {
 protected:
  std::shared_ptr<ScriptedClient> Add(std::string name, std::deque<Step> steps) {
    auto client = std::make_shared<ScriptedClient>(std::move(name), clock_, std::move(steps));
    clients_.push_back(client);
    return client;
  }
  FallbackRouter& Router() {
    if (!router_) {
      config_.retry.seed = 7;
      router_ = std::make_unique<FallbackRouter>(
          std::vector<std::shared_ptr<LlmClient>>(clients_.begin(), clients_.end()), config_,
          clock_, sleeper_, [this](std::string_view line) { warnings_.emplace_back(line); });
    }
    return *router_;
  }
  RouteResult Run(RouteOptions options = {}) {
    ChatRequest request;
    request.messages = {{Role::kUser, "hi"}};
    request.stream = stream_;
    return Router().Complete(request, options);
  }

  FakeClock clock_;
  FakeSleeper sleeper_{clock_};
  RouterConfig config_;
  bool stream_ = false;
  std::vector<std::shared_ptr<ScriptedClient>> clients_;
  std::vector<std::string> warnings_;
  std::unique_ptr<FallbackRouter> router_;
};

std::vector<AttemptAction> Actions(const RouteResult& result) {
  std::vector<AttemptAction> actions;
  for (const AttemptRecord& record : result.attempts) actions.push_back(record.action);
  return actions;
}

TEST_F(RouterTest, AnswersFromTheFirstProviderWithOneAttempt) {
  auto first = Add("first", {{}});
  auto second = Add("second", {});
  RouteResult result = Run();
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.provider.name, "first");
  EXPECT_EQ(result.response->content, "answer");
  ASSERT_EQ(result.attempts.size(), 1u);
  EXPECT_EQ(result.attempts[0].usage.input_tokens, 7);
  EXPECT_EQ(result.attempts[0].latency, milliseconds(10));
  EXPECT_EQ(second->calls, 0);
}

TEST_F(RouterTest, RetriesTransientErrorsThenFallsBackInOrder) {
  auto first = Add(
      "first", {{LlmStatus::kServerError}, {LlmStatus::kTimeout}, {LlmStatus::kConnectionDropped}});
  auto second = Add("second", {{LlmStatus::kConnectFailed}});
  auto third = Add("third", {{}});
  RouteResult result = Run();
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.provider.name, "third");
  EXPECT_EQ(first->calls, 3);
  EXPECT_EQ(second->calls, 1);
  EXPECT_EQ(Actions(result),
            (std::vector<AttemptAction>{AttemptAction::kRetried, AttemptAction::kRetried,
                                        AttemptAction::kFellBack, AttemptAction::kFellBack,
                                        AttemptAction::kAnswered}));
  EXPECT_EQ(sleeper_.sleeps.size(), 2u);
  EXPECT_GT(sleeper_.sleeps[1], sleeper_.sleeps[0] / 2);
  for (const AttemptRecord& record : result.attempts)
    EXPECT_FALSE(record.reason.empty() && record.action != AttemptAction::kAnswered);
}

TEST_F(RouterTest, SkipsProviderInCooldownAfterThreeFailures) {
  auto first = Add(
      "first", {{LlmStatus::kServerError}, {LlmStatus::kServerError}, {LlmStatus::kServerError}});
  auto second = Add("second", {{}, {}});
  ASSERT_TRUE(Run().ok());
  EXPECT_EQ(first->calls, 3);
  RouteResult again = Run();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(first->calls, 3) << "the open breaker must keep the provider out";
  EXPECT_EQ(again.attempts[0].action, AttemptAction::kSkipped);
  EXPECT_NE(again.attempts[0].reason.find("cooling down"), std::string::npos);
  HealthSummary health = Router().Snapshot();
  EXPECT_EQ(health.providers[0].state, BreakerState::kOpen);
  EXPECT_EQ(health.active_tier, "second");
  EXPECT_TRUE(health.degraded);
}

TEST_F(RouterTest, HalfOpenProbeClosesTheBreakerAfterTheCooldown) {
  auto first =
      Add("first",
          {{LlmStatus::kServerError}, {LlmStatus::kServerError}, {LlmStatus::kServerError}, {}});
  Add("second", {{}, {}});
  ASSERT_TRUE(Run().ok());
  clock_.Advance(seconds(5));
  RouteResult result = Run();
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.provider.name, "first");
  EXPECT_EQ(Router().Snapshot().providers[0].state, BreakerState::kClosed);
  EXPECT_FALSE(Router().Snapshot().degraded);
}

TEST_F(RouterTest, HonoursRetryAfterAndCapsIt) {
  config_.retry.retry_after_cap = seconds(10);
  auto first = Add("first", {{LlmStatus::kRateLimited, "", {}, milliseconds(2000)},
                             {LlmStatus::kRateLimited, "", {}, seconds(120)}});
  auto second = Add("second", {{}});
  RouteResult result = Run();
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(sleeper_.sleeps.size(), 1u);
  EXPECT_EQ(sleeper_.sleeps[0], milliseconds(2000));
  EXPECT_EQ(result.attempts[0].backoff, milliseconds(2000));
  EXPECT_EQ(result.attempts[1].action, AttemptAction::kFellBack);
  EXPECT_NE(result.attempts[1].reason.find("exceeds the cap"), std::string::npos);
  HealthSummary health = Router().Snapshot();
  EXPECT_EQ(health.providers[0].state, BreakerState::kOpen);
  EXPECT_GE(health.providers[0].cooldown_left.value_or(milliseconds(0)), seconds(119));
}

TEST_F(RouterTest, SkipsUnauthorizedProviderLoudly) {
  auto first = Add("first", {{LlmStatus::kUnauthorized}});
  auto second = Add("second", {{}, {}});
  RouteResult result = Run();
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(first->calls, 1) << "401 is never retried";
  ASSERT_EQ(warnings_.size(), 1u);
  EXPECT_NE(warnings_[0].find("first"), std::string::npos);
  EXPECT_NE(warnings_[0].find("API key"), std::string::npos);
  clock_.Advance(seconds(60));
  ASSERT_TRUE(Run().ok());
  EXPECT_EQ(first->calls, 1) << "skipped for the auth cooldown";
}

TEST_F(RouterTest, ContextLengthMovesOnButBadRequestStops) {
  Add("first", {{LlmStatus::kContextLength}, {LlmStatus::kBadRequest}});
  auto second = Add("second", {{}, {}});
  RouteResult moved = Run();
  ASSERT_TRUE(moved.ok());
  EXPECT_EQ(moved.provider.name, "second");
  RouteResult stopped = Run();
  EXPECT_EQ(stopped.outcome, RouteOutcome::kStopped);
  EXPECT_EQ(second->calls, 1);
  EXPECT_EQ(Router().Snapshot().providers[0].consecutive_failures, 0)
      << "a request the provider rightly refused says nothing about its health";
}

TEST_F(RouterTest, NeverSwitchesProvidersMidStream) {
  stream_ = true;
  Add("first", {{LlmStatus::kConnectionDropped, "", {"Hel", "lo"}}});
  auto second = Add("second", {{}});
  std::string seen;
  RouteOptions options;
  options.on_token = [&](std::string_view token) { seen += token; };
  RouteResult result = Run(options);
  EXPECT_EQ(result.outcome, RouteOutcome::kStreamInterrupted);
  EXPECT_EQ(second->calls, 0);
  EXPECT_EQ(seen, "Hello");
  EXPECT_EQ(result.attempts.back().action, AttemptAction::kStopped);
}

TEST_F(RouterTest, RestartsCleanlyWhenTheConsumerCanDiscard) {
  stream_ = true;
  Add("first", {{LlmStatus::kConnectionDropped, "", {"Hel"}},
                {LlmStatus::kServerError},
                {LlmStatus::kServerError}});
  Add("second", {{LlmStatus::kOk, "Hi there", {"Hi", " there"}}});
  std::string seen;
  int discards = 0;
  RouteOptions options;
  options.on_token = [&](std::string_view token) { seen += token; };
  options.on_discard = [&](std::string_view) {
    ++discards;
    seen.clear();
  };
  RouteResult result = Run(options);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(discards, 1);
  EXPECT_EQ(seen, "Hi there");
  EXPECT_TRUE(result.attempts[0].discarded);
}

TEST_F(RouterTest, ReportsNoProviderLeftWithEveryAttemptRecorded) {
  config_.retry.max_attempts = 2;
  Add("first", {{LlmStatus::kTimeout}, {LlmStatus::kTimeout}});
  Add("second", {{LlmStatus::kMalformedResponse}});
  RouteResult result = Run();
  EXPECT_EQ(result.outcome, RouteOutcome::kNoProviderLeft);
  EXPECT_EQ(result.attempts.size(), 3u);
  EXPECT_NE(result.reason.find("first timeout"), std::string::npos) << result.reason;
  EXPECT_NE(result.reason.find("second malformed_response"), std::string::npos);
}

TEST_F(RouterTest, NoProvidersMeansTheTemplateTier) {
  RouteResult result = Run();
  EXPECT_EQ(result.outcome, RouteOutcome::kNoProviderLeft);
  HealthSummary health = Router().Snapshot();
  EXPECT_EQ(health.active_tier, "template");
  EXPECT_FALSE(health.degraded);
}

TEST_F(RouterTest, CancelledBeforeStartCallsNobody) {
  auto first = Add("first", {{}});
  CancelToken cancel;
  cancel.Cancel();
  RouteOptions options;
  options.cancel = &cancel;
  EXPECT_EQ(Run(options).outcome, RouteOutcome::kCancelled);
  EXPECT_EQ(first->calls, 0);
}

TEST_F(RouterTest, HealthChecksAreCachedForTheTtl) {
  config_.health_ttl = seconds(30);
  auto first = Add("first", {});
  auto second = Add("second", {});
  second->healthy = false;
  HealthSummary health = Router().Health();
  EXPECT_EQ(first->health_checks, 1);
  EXPECT_EQ(health.providers[0].latency, milliseconds(12));
  EXPECT_EQ(health.providers[1].reachable, false);
  EXPECT_TRUE(health.degraded);
  EXPECT_EQ(health.active_tier, "first");
  Router().Health();
  EXPECT_EQ(first->health_checks, 1);
  clock_.Advance(seconds(31));
  Router().Health();
  EXPECT_EQ(first->health_checks, 2);
  Router().Health(/*refresh=*/true);
  EXPECT_EQ(first->health_checks, 3);
  ASSERT_TRUE(Run().ok());
  EXPECT_EQ(first->health_checks, 3) << "requests never trigger health checks";
}

}  // namespace
}  // namespace repopost::llm
