#include "llm/circuit_breaker.h"

#include <gtest/gtest.h>

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

const CircuitBreaker::TimePoint kStart{seconds(100)};

TEST(CircuitBreaker, OpensAfterThreeConsecutiveFailuresForFiveSeconds) {
  CircuitBreaker breaker({});
  for (int i = 0; i < 2; ++i) breaker.RecordFailure(kStart);
  EXPECT_TRUE(breaker.AllowRequest(kStart));
  breaker.RecordFailure(kStart);
  EXPECT_EQ(breaker.State(kStart), BreakerState::kOpen);
  EXPECT_FALSE(breaker.AllowRequest(kStart + milliseconds(4999)));
  EXPECT_EQ(breaker.State(kStart + seconds(5)), BreakerState::kHalfOpen);
}

TEST(CircuitBreaker, SuccessResetsTheFailureCount) {
  CircuitBreaker breaker({});
  breaker.RecordFailure(kStart);
  breaker.RecordFailure(kStart);
  breaker.RecordSuccess();
  breaker.RecordFailure(kStart);
  EXPECT_EQ(breaker.State(kStart), BreakerState::kClosed);
}

TEST(CircuitBreaker, HalfOpenAdmitsOneProbe) {
  CircuitBreaker breaker({});
  for (int i = 0; i < 3; ++i) breaker.RecordFailure(kStart);
  auto later = kStart + seconds(6);
  EXPECT_TRUE(breaker.AllowRequest(later));
  EXPECT_FALSE(breaker.AllowRequest(later));
  breaker.RecordSuccess();
  EXPECT_EQ(breaker.State(later), BreakerState::kClosed);
  EXPECT_TRUE(breaker.AllowRequest(later));
}

TEST(CircuitBreaker, FailedProbeReopensWithALongerCooldown) {
  CircuitBreaker breaker({});
  for (int i = 0; i < 3; ++i) breaker.RecordFailure(kStart);
  auto probe = kStart + seconds(5);
  ASSERT_TRUE(breaker.AllowRequest(probe));
  breaker.RecordFailure(probe);
  EXPECT_FALSE(breaker.AllowRequest(probe + seconds(9)));
  EXPECT_TRUE(breaker.AllowRequest(probe + seconds(10)));
}

TEST(CircuitBreaker, NeutralOutcomeReleasesTheProbe) {
  CircuitBreaker breaker({});
  for (int i = 0; i < 3; ++i) breaker.RecordFailure(kStart);
  auto probe = kStart + seconds(5);
  ASSERT_TRUE(breaker.AllowRequest(probe));
  breaker.RecordNeutral();
  EXPECT_TRUE(breaker.AllowRequest(probe));
}

TEST(CircuitBreaker, ForcedOpenLastsTheGivenDuration) {
  CircuitBreaker breaker({});
  breaker.OpenFor(seconds(600), kStart);
  EXPECT_FALSE(breaker.AllowRequest(kStart + seconds(599)));
  EXPECT_TRUE(breaker.AllowRequest(kStart + seconds(600)));
}

}  // namespace
}  // namespace repopost::llm
