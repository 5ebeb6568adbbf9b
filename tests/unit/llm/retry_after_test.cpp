#include "llm/retry_after.h"

#include <gtest/gtest.h>

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;

// 2015-10-21T07:28:00Z
const auto kNow = std::chrono::system_clock::from_time_t(1445412480);

TEST(ParseRetryAfter, ReadsDelaySeconds) {
  EXPECT_EQ(ParseRetryAfter("3", kNow), milliseconds(3000));
  EXPECT_EQ(ParseRetryAfter(" 0 ", kNow), milliseconds(0));
  EXPECT_EQ(ParseRetryAfter("1.5", kNow), milliseconds(1500));
}

TEST(ParseRetryAfter, ReadsHttpDateRelativeToNow) {
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", kNow), milliseconds(10000));
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", kNow), milliseconds(0));
}

TEST(ParseRetryAfter, RejectsGarbage) {
  for (const char* value : {"", "soon", "-1", "3s", "Wed, 21 Oct 2015", "1e999"}) {
    EXPECT_FALSE(ParseRetryAfter(value, kNow).has_value()) << value;
  }
}

}  // namespace
}  // namespace repopost::llm
