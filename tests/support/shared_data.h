// Tests that read ../shared/data (REPOPOST_SHARED_DIR: real READMEs, manifests and histories)
// skip on a clone without ../shared beside it, with one line saying why; CI always has it.
//
//   TEST(AddReadmeFacts, RealFzfReadme) {
//     REPOPOST_SKIP_WITHOUT_SHARED_DATA();
//     ... ReadFile(repopost::testing::SharedDataPath("repo-docs/fzf/README.md")) ...
//   }
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string_view>

namespace repopost::testing {

// REPOPOST_SHARED_DIR/data/<rel>, whether or not it exists.
inline std::filesystem::path SharedDataPath(std::string_view rel) {
  return std::filesystem::path(REPOPOST_SHARED_DIR) / "data" / rel;
}

inline bool HasSharedData() { return std::filesystem::is_directory(SharedDataPath("repo-docs")); }

}  // namespace repopost::testing

// First statement of a test body (or SetUp) that reads shared data.
#define REPOPOST_SKIP_WITHOUT_SHARED_DATA()                                               \
  if (::repopost::testing::HasSharedData()) {                                             \
  } else                                                                                  \
    GTEST_SKIP() << "needs " << ::repopost::testing::SharedDataPath("repo-docs").string() \
                 << " (the ../shared folder beside the repository); not there, so skipped"
