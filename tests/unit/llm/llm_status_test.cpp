#include "llm/llm_status.h"

#include <gtest/gtest.h>

namespace repopost::llm {
namespace {

struct HttpCase {
  int http;
  const char* message;
  LlmStatus status;
  FailureAction action;
};

TEST(LlmStatus, ClassifiesHttpStatusesIntoOneActionTable) {
  const HttpCase cases[] = {
      {408, "", LlmStatus::kRequestTimeout, FailureAction::kRetry},
      {429, "slow down", LlmStatus::kRateLimited, FailureAction::kRetry},
      {500, "", LlmStatus::kServerError, FailureAction::kRetry},
      {503, "", LlmStatus::kServerError, FailureAction::kRetry},
      {400, "bad temperature", LlmStatus::kBadRequest, FailureAction::kStop},
      {400, "maximum context length is 8192 tokens", LlmStatus::kContextLength,
       FailureAction::kNextProvider},
      {400, "x (context_length_exceeded)", LlmStatus::kContextLength, FailureAction::kNextProvider},
      {401, "", LlmStatus::kUnauthorized, FailureAction::kSkipProvider},
      {403, "", LlmStatus::kForbidden, FailureAction::kSkipProvider},
      {404, "model not found", LlmStatus::kNotFound, FailureAction::kNextProvider},
      {418, "", LlmStatus::kHttpError, FailureAction::kNextProvider},
  };
  for (const HttpCase& c : cases) {
    LlmStatus status = StatusForHttp(c.http, c.message);
    EXPECT_EQ(status, c.status) << c.http << " " << c.message;
    EXPECT_EQ(ActionFor(status), c.action) << c.http;
  }
}

TEST(LlmStatus, RetriesTransportFailuresButNotRefusedConnections) {
  EXPECT_TRUE(ShouldRetry(LlmStatus::kTimeout));
  EXPECT_TRUE(ShouldRetry(LlmStatus::kConnectionDropped));
  EXPECT_FALSE(ShouldRetry(LlmStatus::kConnectFailed));
  EXPECT_FALSE(ShouldRetry(LlmStatus::kCancelled));
  EXPECT_EQ(ActionFor(LlmStatus::kCancelled), FailureAction::kStop);
}

TEST(LlmStatus, RoundTripsEveryName) {
  for (int i = 0; i <= static_cast<int>(LlmStatus::kInvalidOutput); ++i) {
    auto status = static_cast<LlmStatus>(i);
    auto parsed = ParseLlmStatus(ToString(status));
    ASSERT_TRUE(parsed.has_value()) << ToString(status);
    EXPECT_EQ(*parsed, status);
  }
  EXPECT_FALSE(ParseLlmStatus("nope").has_value());
}

}  // namespace
}  // namespace repopost::llm
