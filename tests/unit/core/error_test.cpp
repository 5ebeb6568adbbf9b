#include "core/error.h"

#include <gtest/gtest.h>

namespace repopost::core {
namespace {

TEST(ErrorCode, MapsToDesignExitCodes) {
  EXPECT_EQ(ExitCodeFor(ErrorCode::kUsage), 1);
  EXPECT_EQ(ExitCodeFor(ErrorCode::kInput), 2);
  EXPECT_EQ(ExitCodeFor(ErrorCode::kProvider), 3);
  EXPECT_EQ(ExitCodeFor(ErrorCode::kStore), 4);
}

TEST(ErrorCode, MapsToHttpStatuses) {
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUsage), 400);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kRateLimited), 429);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kTooLarge), 413);
  EXPECT_EQ(ToString(ErrorCode::kRateLimited), "rate-limited");
}

}  // namespace
}  // namespace repopost::core
