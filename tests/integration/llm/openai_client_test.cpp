// OpenAiCompatibleClient against the scripted fake server over loopback: every fault the
// server can inject, mapped to its typed status.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "fake_llm_server/fake_llm_server.h"
#include "llm/openai_compatible_client.h"

namespace repopost::llm {
namespace {

using fake::FakeLlmServer;
using fake::FakeReply;
using fake::FakeReplyKind;
using std::chrono::milliseconds;

constexpr const char* kSchema = R"({"type":"object","required":["post","hooks"],
  "properties":{"post":{"type":"string"},"hooks":{"type":"array","items":{"type":"string"}}}})";

ClientConfig ConfigFor(const FakeLlmServer& server) {
  ClientConfig config;
  config.identity = {"fake", "fake-model", server.base_url()};
  config.api_key = core::Secret("sk-test");
  config.connect_timeout = milliseconds(1000);
  config.total_timeout = milliseconds(1500);
  return config;
}

ChatRequest Hello(bool stream = false) {
  ChatRequest request;
  request.messages = {{Role::kSystem, "sys"}, {Role::kUser, "say hello"}};
  request.stream = stream;
  return request;
}

ChatRequest Structured() {
  ChatRequest request = Hello();
  request.response_format = ResponseFormat::JsonSchema("post", kSchema);
  return request;
}

TEST(OpenAiClient, AnswersAndReportsUsage) {
  FakeLlmServer server;
  server.Enqueue(FakeReply::Answer("Hello there"));
  OpenAiCompatibleClient client(ConfigFor(server));
  auto answer = client.Complete(Hello(), {});
  ASSERT_TRUE(answer.has_value()) << answer.error().message;
  EXPECT_EQ(answer->content, "Hello there");
  EXPECT_EQ(answer->finish_reason, FinishReason::kStop);
  EXPECT_EQ(answer->usage.output_tokens, 2);
  EXPECT_GT(answer->usage.input_tokens, 0);
  auto requests = server.Requests();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].authorization, "Bearer sk-test");
  EXPECT_EQ(requests[0].model, "fake-model");
}

TEST(OpenAiClient, StreamsTokensInOrderWithTimeToFirstToken) {
  FakeLlmServer server;
  FakeReply reply = FakeReply::Answer("one two three four");
  reply.tokens_per_second = 500;
  server.Enqueue(reply);
  OpenAiCompatibleClient client(ConfigFor(server));
  std::vector<std::string> tokens;
  CallOptions options;
  options.on_token = [&](std::string_view token) { tokens.emplace_back(token); };
  auto answer = client.Complete(Hello(true), options);
  ASSERT_TRUE(answer.has_value()) << answer.error().message;
  EXPECT_EQ(tokens, (std::vector<std::string>{"one", " two", " three", " four"}));
  EXPECT_EQ(answer->content, "one two three four");
  EXPECT_TRUE(answer->time_to_first_token.has_value());
  EXPECT_EQ(answer->usage.output_tokens, 4);
  EXPECT_TRUE(server.Requests()[0].stream);
}

TEST(OpenAiClient, MapsServerFaultsToTypedStatuses) {
  struct Case {
    FakeReply reply;
    LlmStatus status;
  };
  FakeReply rate = FakeReply::Status(429, "2");
  const Case cases[] = {
      {rate, LlmStatus::kRateLimited},
      {FakeReply::Status(500), LlmStatus::kServerError},
      {FakeReply::Status(503), LlmStatus::kServerError},
      {FakeReply::Status(401), LlmStatus::kUnauthorized},
      {FakeReply::Status(403), LlmStatus::kForbidden},
      {FakeReply::Status(408), LlmStatus::kRequestTimeout},
      {FakeReply::Of(FakeReplyKind::kContextLength), LlmStatus::kContextLength},
      {FakeReply::Of(FakeReplyKind::kMalformedJson), LlmStatus::kMalformedResponse},
      {FakeReply::Of(FakeReplyKind::kDrop), LlmStatus::kConnectionDropped},
  };
  FakeLlmServer server;
  OpenAiCompatibleClient client(ConfigFor(server));
  for (const Case& c : cases) {
    server.Enqueue(c.reply);
    auto answer = client.Complete(Hello(), {});
    ASSERT_FALSE(answer.has_value()) << ToString(c.status);
    EXPECT_EQ(answer.error().status, c.status) << answer.error().message;
    EXPECT_EQ(answer.error().message.find("sk-test"), std::string::npos);
  }
}

TEST(OpenAiClient, ParsesRetryAfter) {
  FakeLlmServer server;
  server.Enqueue(FakeReply::Status(429, "3"));
  OpenAiCompatibleClient client(ConfigFor(server));
  auto answer = client.Complete(Hello(), {});
  ASSERT_FALSE(answer.has_value());
  EXPECT_EQ(answer.error().http_status, 429);
  EXPECT_EQ(answer.error().retry_after, milliseconds(3000));
}

TEST(OpenAiClient, TimesOutOnAHangingServer) {
  FakeLlmServer server;
  FakeReply hang = FakeReply::Of(FakeReplyKind::kHang);
  hang.hang = milliseconds(5000);
  server.Enqueue(hang);
  ClientConfig config = ConfigFor(server);
  config.total_timeout = milliseconds(300);
  OpenAiCompatibleClient client(config);
  auto answer = client.Complete(Hello(), {});
  ASSERT_FALSE(answer.has_value());
  EXPECT_EQ(answer.error().status, LlmStatus::kTimeout);
}

TEST(OpenAiClient, DropMidStreamSaysTokensWereEmitted) {
  FakeLlmServer server;
  server.Enqueue(FakeReply::Of(FakeReplyKind::kDrop));
  OpenAiCompatibleClient client(ConfigFor(server));
  std::string seen;
  CallOptions options;
  options.on_token = [&](std::string_view token) { seen += token; };
  auto answer = client.Complete(Hello(true), options);
  ASSERT_FALSE(answer.has_value());
  EXPECT_EQ(answer.error().status, LlmStatus::kConnectionDropped);
  EXPECT_TRUE(answer.error().tokens_emitted);
  EXPECT_FALSE(seen.empty());
}

TEST(OpenAiClient, RefusedConnectionIsConnectFailed) {
  int port = 0;
  {
    FakeLlmServer closed;
    port = closed.port();
  }
  ClientConfig config;
  config.identity = {"gone", "m", "http://127.0.0.1:" + std::to_string(port) + "/v1"};
  OpenAiCompatibleClient client(config);
  auto answer = client.Complete(Hello(), {});
  ASSERT_FALSE(answer.has_value());
  EXPECT_EQ(answer.error().status, LlmStatus::kConnectFailed);
  EXPECT_FALSE(client.CheckHealth().has_value());
}

TEST(OpenAiClient, CancellationStopsAHangingCall) {
  FakeLlmServer server;
  FakeReply hang = FakeReply::Of(FakeReplyKind::kHang);
  hang.hang = milliseconds(10000);
  server.Enqueue(hang);
  ClientConfig config = ConfigFor(server);
  config.total_timeout = milliseconds(20000);
  OpenAiCompatibleClient client(config);
  CancelToken cancel;
  std::thread canceller([&] {
    std::this_thread::sleep_for(milliseconds(100));
    cancel.Cancel();
  });
  CallOptions options;
  options.cancel = &cancel;
  auto answer = client.Complete(Hello(), options);
  canceller.join();
  ASSERT_FALSE(answer.has_value());
  EXPECT_EQ(answer.error().status, LlmStatus::kCancelled);
}

TEST(OpenAiClient, StructuredOutputUsesJsonSchemaWhenAccepted) {
  FakeLlmServer server;
  server.Enqueue(FakeReply::Answer(R"({"post":"p","hooks":["a"]})"));
  OpenAiCompatibleClient client(ConfigFor(server));
  auto answer = client.Complete(Structured(), {});
  ASSERT_TRUE(answer.has_value()) << answer.error().message;
  EXPECT_EQ(answer->format_used, ResponseFormatKind::kJsonSchema);
  EXPECT_EQ(server.Requests()[0].response_format, "json_schema");
}

TEST(OpenAiClient, FallsBackToJsonObjectWhenJsonSchemaIsRejectedAndRemembers) {
  FakeLlmServer server;
  server.SetRejectJsonSchema(true);
  server.SetDefault(FakeReply::Answer(R"({"post":"p","hooks":[]})"));
  OpenAiCompatibleClient client(ConfigFor(server));
  auto answer = client.Complete(Structured(), {});
  ASSERT_TRUE(answer.has_value()) << answer.error().message;
  EXPECT_EQ(answer->format_used, ResponseFormatKind::kJsonObject);
  ASSERT_TRUE(client.Complete(Structured(), {}).has_value());
  auto requests = server.Requests();
  ASSERT_EQ(requests.size(), 4u);
  EXPECT_EQ(requests[0].response_format, "json_schema");  // with "strict"
  EXPECT_EQ(requests[1].response_format, "json_schema");  // without it
  EXPECT_EQ(requests[2].response_format, "json_object");
  EXPECT_EQ(requests[3].response_format, "json_object") << "the rejection is remembered";
}

TEST(OpenAiClient, ParsesTheFirstJsonObjectOutOfProse) {
  FakeLlmServer server;
  server.Enqueue(
      FakeReply::Answer("Here you go:\n```json\n{\"post\":\"p\",\"hooks\":[\"h\"]}\n```"));
  OpenAiCompatibleClient client(ConfigFor(server));
  auto answer = client.Complete(Structured(), {});
  ASSERT_TRUE(answer.has_value()) << answer.error().message;
  EXPECT_EQ(nlohmann::json::parse(answer->content)["post"], "p");
}

// A JSON answer that deviates from the schema is still an answer: the caller reads it leniently
// (or repairs it with the same provider); shape_problem names the deviation.
TEST(OpenAiClient, JsonThatDoesNotMatchTheSchemaIsReturnedWithItsProblem) {
  FakeLlmServer server;
  server.Enqueue(FakeReply::Answer(R"({"post": 42})"));
  OpenAiCompatibleClient client(ConfigFor(server));
  auto mismatch = client.Complete(Structured(), {});
  ASSERT_TRUE(mismatch.has_value()) << mismatch.error().message;
  EXPECT_EQ(mismatch->content, R"({"post": 42})");
  EXPECT_NE(mismatch->shape_problem.find("hooks"), std::string::npos) << mismatch->shape_problem;
  EXPECT_EQ(mismatch->http_status, 200);
}

// Some servers accept json_schema and sample free text: one more try as json_object with the
// schema beside it, and the response says so.
TEST(OpenAiClient, ProseToJsonSchemaIsAskedAgainAsJsonObjectWithTheSchema) {
  FakeLlmServer server;
  server.Enqueue(FakeReply::Answer("no json at all"));
  server.Enqueue(FakeReply::Answer(R"({"post":"p","hooks":["h"]})"));
  OpenAiCompatibleClient client(ConfigFor(server));
  auto answer = client.Complete(Structured(), {});
  ASSERT_TRUE(answer.has_value()) << answer.error().message;
  EXPECT_EQ(answer->format_used, ResponseFormatKind::kJsonObject);
  EXPECT_FALSE(answer->note.empty());
  auto requests = server.Requests();
  ASSERT_EQ(requests.size(), 2u);
  EXPECT_EQ(requests[1].response_format, "json_object");
  auto body = nlohmann::json::parse(requests[1].body);
  EXPECT_TRUE(body["response_format"].contains("schema"));
}

TEST(OpenAiClient, NoJsonEvenAsJsonObjectIsInvalidOutputWithTokensAndStatus) {
  FakeLlmServer server;
  FakeReply prose = FakeReply::Answer("no json at all");
  prose.output_tokens = 4;
  server.SetDefault(prose);
  OpenAiCompatibleClient client(ConfigFor(server));
  auto answer = client.Complete(Structured(), {});
  ASSERT_FALSE(answer.has_value());
  EXPECT_EQ(answer.error().status, LlmStatus::kInvalidOutput);
  EXPECT_EQ(answer.error().http_status, 200);
  EXPECT_EQ(answer.error().usage.output_tokens, 8);  // both tries
  EXPECT_EQ(answer.error().format_used, ResponseFormatKind::kJsonObject);
}

TEST(OpenAiClient, StrictIsSentAndDroppedWhenRefused) {
  FakeLlmServer server;
  server.SetRejectStrict(true);
  server.SetDefault(FakeReply::Answer(R"({"post":"p","hooks":["h"]})"));
  OpenAiCompatibleClient client(ConfigFor(server));
  auto answer = client.Complete(Structured(), {});
  ASSERT_TRUE(answer.has_value()) << answer.error().message;
  EXPECT_EQ(answer->format_used, ResponseFormatKind::kJsonSchema);
  ASSERT_TRUE(client.Complete(Structured(), {}).has_value());
  auto requests = server.Requests();
  ASSERT_EQ(requests.size(), 3u);
  EXPECT_TRUE(nlohmann::json::parse(requests[0].body)["response_format"]["json_schema"]["strict"]);
  EXPECT_FALSE(
      nlohmann::json::parse(requests[1].body)["response_format"]["json_schema"].contains("strict"));
  EXPECT_FALSE(
      nlohmann::json::parse(requests[2].body)["response_format"]["json_schema"].contains("strict"))
      << "the refusal is remembered";
}

TEST(OpenAiClient, AnAnswerCutAtTheTokenLimitIsReturnedAsWritten) {
  FakeLlmServer server;
  FakeReply cut = FakeReply::Answer(R"({"post": "half a po)");
  cut.finish_reason = "length";
  server.Enqueue(cut);
  OpenAiCompatibleClient client(ConfigFor(server));
  auto answer = client.Complete(Structured(), {});
  ASSERT_TRUE(answer.has_value()) << answer.error().message;
  EXPECT_EQ(answer->finish_reason, FinishReason::kLength);
  EXPECT_EQ(answer->content, R"({"post": "half a po)");
  EXPECT_NE(answer->shape_problem.find("token limit"), std::string::npos);
}

TEST(OpenAiClient, HealthCheckHitsModelsEndpoint) {
  FakeLlmServer server;
  OpenAiCompatibleClient client(ConfigFor(server));
  EXPECT_TRUE(client.CheckHealth().has_value());
  server.SetModelsStatus(503);
  auto down = client.CheckHealth();
  ASSERT_FALSE(down.has_value());
  EXPECT_EQ(down.error().status, LlmStatus::kServerError);
  EXPECT_EQ(server.Requests()[0].path, "/v1/models");
  EXPECT_EQ(server.ChatRequestCount(), 0u);
}

}  // namespace
}  // namespace repopost::llm
