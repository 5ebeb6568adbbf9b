#include "llm/retry_policy.h"

#include <gtest/gtest.h>

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;

LlmError ErrorOf(LlmStatus status, std::optional<milliseconds> retry_after = std::nullopt) {
  return LlmError{status, 0, "x", retry_after, false};
}

RetryPolicyConfig Config() {
  RetryPolicyConfig config;
  config.seed = 42;
  config.max_attempts = 4;
  config.initial_backoff = milliseconds(100);
  config.max_backoff = milliseconds(250);
  return config;
}

TEST(RetryPolicy, BacksOffExponentiallyUpToTheCap) {
  RetryPolicy policy(Config());
  EXPECT_EQ(policy.BaseBackoff(1), milliseconds(100));
  EXPECT_EQ(policy.BaseBackoff(2), milliseconds(200));
  EXPECT_EQ(policy.BaseBackoff(3), milliseconds(250));
}

TEST(RetryPolicy, JitterStaysInRangeAndIsSeedable) {
  RetryPolicy first(Config());
  RetryPolicy second(Config());
  for (int attempt = 1; attempt <= 3; ++attempt) {
    RetryDecision a = first.AfterFailure(attempt, ErrorOf(LlmStatus::kServerError));
    RetryDecision b = second.AfterFailure(attempt, ErrorOf(LlmStatus::kServerError));
    ASSERT_TRUE(a.retry);
    EXPECT_EQ(a.delay, b.delay);
    EXPECT_LE(a.delay, first.BaseBackoff(attempt));
    EXPECT_GE(a.delay.count(), first.BaseBackoff(attempt).count() * 3 / 4);
  }
}

TEST(RetryPolicy, StopsAfterMaxAttempts) {
  RetryPolicy policy(Config());
  EXPECT_TRUE(policy.AfterFailure(3, ErrorOf(LlmStatus::kTimeout)).retry);
  RetryDecision last = policy.AfterFailure(4, ErrorOf(LlmStatus::kTimeout));
  EXPECT_FALSE(last.retry);
  EXPECT_NE(last.reason.find("4 attempts"), std::string::npos);
}

TEST(RetryPolicy, NeverRetriesNonRetryableStatuses) {
  RetryPolicy policy(Config());
  for (LlmStatus status : {LlmStatus::kBadRequest, LlmStatus::kUnauthorized,
                           LlmStatus::kContextLength, LlmStatus::kConnectFailed}) {
    EXPECT_FALSE(policy.AfterFailure(1, ErrorOf(status)).retry) << ToString(status);
  }
}

TEST(RetryPolicy, HonoursRetryAfterWithinTheCap) {
  RetryPolicy policy(Config());
  RetryDecision decision =
      policy.AfterFailure(1, ErrorOf(LlmStatus::kRateLimited, milliseconds(1500)));
  EXPECT_TRUE(decision.retry);
  EXPECT_EQ(decision.delay, milliseconds(1500));
  EXPECT_FALSE(decision.cooldown.has_value());
}

TEST(RetryPolicy, RetryAfterOverTheCapCoolsTheProviderDown) {
  RetryPolicy policy(Config());
  RetryDecision decision =
      policy.AfterFailure(1, ErrorOf(LlmStatus::kRateLimited, milliseconds(60000)));
  EXPECT_FALSE(decision.retry);
  EXPECT_EQ(decision.cooldown, milliseconds(60000));
  EXPECT_NE(decision.reason.find("exceeds the cap"), std::string::npos);
}

}  // namespace
}  // namespace repopost::llm
