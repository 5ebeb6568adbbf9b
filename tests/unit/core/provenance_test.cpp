#include "core/provenance.h"

#include <gtest/gtest.h>

namespace repopost::core {
namespace {

TEST(Provenance, DescribesPathLinesAndCommit) {
  Provenance p{.path = "README.md", .line_begin = 3, .line_end = 5, .commit = "abcdef123456"};
  EXPECT_EQ(p.Describe(), "README.md:3-5 @abcdef1");
  EXPECT_EQ(Provenance{.field = "package.json:version"}.Describe(), "package.json:version");
  EXPECT_EQ(Provenance{}.Describe(), "unknown");
}

}  // namespace
}  // namespace repopost::core
