#include "ingest/language_stats.h"

#include <gtest/gtest.h>

namespace repopost::ingest {
namespace {

TEST(LanguageOf, MapsExtensionsAndWellKnownNames) {
  EXPECT_EQ(LanguageOf("src/main.go"), "Go");
  EXPECT_EQ(LanguageOf("include/a.HPP"), "C++");
  EXPECT_EQ(LanguageOf("CMakeLists.txt"), "CMake");
  EXPECT_FALSE(LanguageOf("README.md"));
  EXPECT_FALSE(LanguageOf("data.json"));
  EXPECT_FALSE(LanguageOf(".gitignore"));
}

TEST(LanguageOf, ExcludesVendoredGeneratedAndMinifiedPaths) {
  for (const char* path :
       {"vendor/x/a.go", "third_party/zlib/inflate.c", "web/node_modules/a/index.js",
        "static/app.min.js", "api/service.pb.go", "src/generated/x.ts", "lib/third-party/y.c"}) {
    EXPECT_FALSE(LanguageOf(path)) << path;
  }
}

TEST(ComputeLanguageShares, SharesByBytesLargestFirst) {
  std::vector<TreeFile> files = {
      {"a.go", 750}, {"b.go", 50}, {"c.sh", 200}, {"README.md", 5000}, {"vendor/d.go", 10000}};
  auto shares = ComputeLanguageShares(files);
  ASSERT_EQ(shares.size(), 2u);
  EXPECT_EQ(shares[0].language, "Go");
  EXPECT_EQ(shares[0].bytes, 800u);
  EXPECT_EQ(shares[0].files, 2u);
  EXPECT_DOUBLE_EQ(shares[0].share, 0.8);
  EXPECT_EQ(shares[1].language, "Shell");
}

}  // namespace
}  // namespace repopost::ingest
