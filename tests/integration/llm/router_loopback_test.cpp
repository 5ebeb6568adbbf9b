// FallbackRouter with real clients against several fake servers over loopback: the fault matrix
// as a user would meet it, with the servers' request logs as the witness.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "fake_llm_server/fake_llm_server.h"
#include "llm/attempt_json.h"
#include "llm/fallback_router.h"
#include "llm/openai_compatible_client.h"

namespace repopost::llm {
namespace {

using fake::FakeLlmServer;
using fake::FakeReply;
using fake::FakeReplyKind;
using std::chrono::milliseconds;

// Records sleeps without waiting, so retries with real clients stay fast.
class NoWaitSleeper final : public Sleeper {
 public:
  void SleepFor(milliseconds duration, const CancelToken*) override { sleeps.push_back(duration); }
  std::vector<milliseconds> sleeps;
};

class RouterLoopback : public ::testing::Test {
 protected:
  std::shared_ptr<LlmClient> ClientFor(const std::string& name, const std::string& base_url,
                                       milliseconds timeout = milliseconds(2000)) {
    ClientConfig config;
    config.identity = {name, "fake-model", base_url};
    config.connect_timeout = milliseconds(500);
    config.total_timeout = timeout;
    return std::make_shared<OpenAiCompatibleClient>(config);
  }
  FallbackRouter MakeRouter(std::vector<std::shared_ptr<LlmClient>> clients) {
    RouterConfig config;
    config.retry.seed = 1;
    return FallbackRouter(std::move(clients), config, clock_, sleeper_,
                          [this](std::string_view line) { warnings_.emplace_back(line); });
  }
  ChatRequest Request(bool stream = false) {
    ChatRequest request;
    request.messages = {{Role::kUser, "hello"}};
    request.stream = stream;
    return request;
  }

  core::SystemClock clock_;
  NoWaitSleeper sleeper_;
  std::vector<std::string> warnings_;
};

TEST_F(RouterLoopback, RetriesA503ThenAnswers) {
  FakeLlmServer server;
  server.Enqueue(FakeReply::Status(503));
  server.Enqueue(FakeReply::Status(429, "1"));
  server.Enqueue(FakeReply::Answer("third time lucky"));
  FallbackRouter router = MakeRouter({ClientFor("a", server.base_url())});
  RouteResult result = router.Complete(Request(), {});
  ASSERT_TRUE(result.ok()) << result.reason;
  EXPECT_EQ(result.response->content, "third time lucky");
  EXPECT_EQ(server.ChatRequestCount(), 3u);
  ASSERT_EQ(sleeper_.sleeps.size(), 2u);
  EXPECT_EQ(sleeper_.sleeps[1], milliseconds(1000)) << "Retry-After: 1 is honoured";
  EXPECT_EQ(result.attempts.size(), 3u);
}

TEST_F(RouterLoopback, FallsBackFromUnauthorizedAndRefusedToTheNextServer) {
  FakeLlmServer unauthorized;
  unauthorized.SetDefault(FakeReply::Status(401));
  int closed_port;
  {
    FakeLlmServer closed;
    closed_port = closed.port();
  }
  FakeLlmServer good;
  good.SetDefault(FakeReply::Answer("from good"));
  FallbackRouter router =
      MakeRouter({ClientFor("bad-key", unauthorized.base_url()),
                  ClientFor("down", "http://127.0.0.1:" + std::to_string(closed_port) + "/v1"),
                  ClientFor("good", good.base_url())});
  RouteResult result = router.Complete(Request(), {});
  ASSERT_TRUE(result.ok()) << result.reason;
  EXPECT_EQ(result.provider.name, "good");
  EXPECT_EQ(unauthorized.ChatRequestCount(), 1u);
  ASSERT_EQ(result.attempts.size(), 3u);
  EXPECT_EQ(result.attempts[0].status, LlmStatus::kUnauthorized);
  EXPECT_EQ(result.attempts[1].status, LlmStatus::kConnectFailed);
  EXPECT_EQ(warnings_.size(), 1u);
  nlohmann::json attempts = ToJson(result.attempts);
  EXPECT_EQ(attempts[0]["error.type"], "unauthorized");
  EXPECT_EQ(attempts[2]["gen_ai.provider.name"], "good");
}

TEST_F(RouterLoopback, HangingProviderTimesOutThenFallsBack) {
  FakeLlmServer hanging;
  FakeReply hang = FakeReply::Of(FakeReplyKind::kHang);
  hang.hang = milliseconds(5000);
  hanging.SetDefault(hang);
  FakeLlmServer good;
  FallbackRouter router = MakeRouter({ClientFor("slow", hanging.base_url(), milliseconds(200)),
                                      ClientFor("good", good.base_url())});
  RouteResult result = router.Complete(Request(), {});
  ASSERT_TRUE(result.ok()) << result.reason;
  EXPECT_EQ(result.provider.name, "good");
  EXPECT_EQ(hanging.ChatRequestCount(), 3u) << "timeouts are retried up to max_attempts";
  EXPECT_EQ(router.Snapshot().providers[0].state, BreakerState::kOpen);
}

TEST_F(RouterLoopback, DroppedStreamIsNotContinuedOnAnotherProvider) {
  FakeLlmServer dropping;
  FakeReply drop = FakeReply::Of(FakeReplyKind::kDrop);
  drop.content = "this answer will be cut in half";
  dropping.SetDefault(drop);
  FakeLlmServer good;
  FallbackRouter router =
      MakeRouter({ClientFor("drops", dropping.base_url()), ClientFor("good", good.base_url())});
  std::string seen;
  RouteOptions options;
  options.on_token = [&](std::string_view token) { seen += token; };
  RouteResult result = router.Complete(Request(true), options);
  EXPECT_EQ(result.outcome, RouteOutcome::kStreamInterrupted);
  EXPECT_EQ(good.ChatRequestCount(), 0u);
  EXPECT_FALSE(seen.empty());
}

TEST_F(RouterLoopback, DroppedStreamRestartsWhenTheConsumerDiscards) {
  FakeLlmServer dropping;
  dropping.SetDefault(FakeReply::Of(FakeReplyKind::kDrop));
  FakeLlmServer good;
  good.SetDefault(FakeReply::Answer("complete answer"));
  FallbackRouter router =
      MakeRouter({ClientFor("drops", dropping.base_url()), ClientFor("good", good.base_url())});
  std::string seen;
  RouteOptions options;
  options.on_token = [&](std::string_view token) { seen += token; };
  options.on_discard = [&](std::string_view) { seen.clear(); };
  RouteResult result = router.Complete(Request(true), options);
  ASSERT_TRUE(result.ok()) << result.reason;
  EXPECT_EQ(seen, "complete answer");
  EXPECT_EQ(result.provider.name, "good");
}

TEST_F(RouterLoopback, EveryProviderDownLeavesTheTemplateTier) {
  FakeLlmServer a;
  a.SetDefault(FakeReply::Of(FakeReplyKind::kMalformedJson));
  FakeLlmServer b;
  b.SetDefault(FakeReply::Of(FakeReplyKind::kContextLength));
  FallbackRouter router = MakeRouter({ClientFor("a", a.base_url()), ClientFor("b", b.base_url())});
  RouteResult result = router.Complete(Request(), {});
  EXPECT_EQ(result.outcome, RouteOutcome::kNoProviderLeft);
  EXPECT_EQ(result.attempts.size(), 2u);
  EXPECT_NE(result.reason.find("no LLM provider left"), std::string::npos);
}

}  // namespace
}  // namespace repopost::llm
