#include "llm/attempt_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;

AttemptRecord Failed() {
  AttemptRecord record;
  record.provider = "groq";
  record.model = "llama";
  record.attempt = 2;
  record.status = LlmStatus::kRateLimited;
  record.http_status = 429;
  record.error_message = "slow down";
  record.latency = milliseconds(120);
  record.action = AttemptAction::kRetried;
  record.reason = "retry in 1000 ms as Retry-After asked";
  record.backoff = milliseconds(1000);
  return record;
}

TEST(AttemptJson, UsesOpenTelemetryGenAiNames) {
  nlohmann::json out = ToJson(Failed());
  EXPECT_EQ(out["gen_ai.provider.name"], "groq");
  EXPECT_EQ(out["gen_ai.request.model"], "llama");
  EXPECT_EQ(out["gen_ai.operation.name"], "chat");
  EXPECT_EQ(out["error.type"], "rate_limited");
  EXPECT_EQ(out["http.response.status_code"], 429);
  EXPECT_EQ(out["gen_ai.usage.input_tokens"], 0);
  EXPECT_EQ(out["repopost.llm.action"], "retried");
  EXPECT_EQ(out["repopost.llm.backoff_ms"], 1000);
}

TEST(AttemptJson, SuccessHasUsageFinishReasonAndNoErrorType) {
  AttemptRecord record;
  record.provider = "local";
  record.model = "m";
  record.usage = {100, 40};
  record.finish_reason = FinishReason::kStop;
  record.time_to_first_token = milliseconds(30);
  nlohmann::json out = ToJson(record);
  EXPECT_FALSE(out.contains("error.type"));
  EXPECT_EQ(out["gen_ai.usage.output_tokens"], 40);
  EXPECT_EQ(out["gen_ai.response.finish_reasons"][0], "stop");
  EXPECT_EQ(out["repopost.llm.time_to_first_token_ms"], 30);
}

TEST(AttemptJson, RoundTrips) {
  auto back = AttemptFromJson(ToJson(Failed()));
  ASSERT_TRUE(back.has_value()) << back.error().message;
  EXPECT_EQ(back->provider, "groq");
  EXPECT_EQ(back->status, LlmStatus::kRateLimited);
  EXPECT_EQ(back->action, AttemptAction::kRetried);
  EXPECT_EQ(back->backoff, milliseconds(1000));
  EXPECT_EQ(back->http_status, 429);
  EXPECT_EQ(back->reason, Failed().reason);
}

TEST(AttemptJson, WrongTypeNamesTheField) {
  nlohmann::json in = ToJson(Failed());
  in["gen_ai.usage.input_tokens"] = "many";
  auto back = AttemptFromJson(in);
  ASSERT_FALSE(back.has_value());
  EXPECT_NE(back.error().message.find("gen_ai.usage.input_tokens"), std::string::npos);
}

TEST(AttemptJson, HealthSummaryNamesStateAndTier) {
  HealthSummary summary;
  ProviderHealth health;
  health.identity = {"groq", "llama", "https://api.groq.com/openai/v1"};
  health.state = BreakerState::kOpen;
  health.last_error = LlmStatus::kServerError;
  summary.providers.push_back(health);
  summary.active_tier = "template";
  summary.degraded = true;
  nlohmann::json out = ToJson(summary);
  EXPECT_EQ(out["status"], "degraded");
  EXPECT_EQ(out["active_tier"], "template");
  EXPECT_EQ(out["providers"][0]["state"], "open");
  EXPECT_EQ(out["providers"][0]["error.type"], "server_error");
  EXPECT_TRUE(out["providers"][0]["reachable"].is_null());
}

}  // namespace
}  // namespace repopost::llm
