#include "ingest/license_detector.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/shared_data.h"

namespace repopost::ingest {
namespace {

std::string ReadRepoDoc(const std::string& rel) {
  std::ifstream in(std::filesystem::path(REPOPOST_SHARED_DIR) / "data/repo-docs" / rel);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct LicenseCase {
  const char* repo_doc;
  const char* spdx;
};

class RealLicenses : public ::testing::TestWithParam<LicenseCase> {};

TEST_P(RealLicenses, DetectsSpdxId) {
  REPOPOST_SKIP_WITHOUT_SHARED_DATA();
  auto spdx = DetectLicense(ReadRepoDoc(GetParam().repo_doc));
  ASSERT_TRUE(spdx);
  EXPECT_EQ(*spdx, GetParam().spdx);
}

INSTANTIATE_TEST_SUITE_P(RepoDocs, RealLicenses,
                         ::testing::Values(LicenseCase{"fzf/LICENSE", "MIT"},
                                           LicenseCase{"is-odd/LICENSE", "MIT"},
                                           LicenseCase{"leveldb/LICENSE", "BSD-3-Clause"},
                                           LicenseCase{"summac/LICENSE", "Apache-2.0"},
                                           LicenseCase{"whisper.cpp/LICENSE", "MIT"},
                                           LicenseCase{"drogon/LICENSE", "MIT"}));

TEST(DetectLicense, GplIsNotMistakenForLgplMentionedInItsBody) {
  const std::string gpl =
      "GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n" + std::string(40, '-') +
      "\nPreamble: the licenses for most software are designed to take away "
      "your freedom to share and change it. ... ... use the GNU Lesser General Public "
      "License instead of this License.";
  EXPECT_EQ(DetectLicense(gpl), "GPL-3.0");
  EXPECT_EQ(DetectLicense("GNU LESSER GENERAL PUBLIC LICENSE\n Version 2.1, February 1999"),
            "LGPL-2.1");
}

TEST(DetectLicense, UnknownTextIsNotGuessed) {
  EXPECT_FALSE(DetectLicense("All rights reserved. Do not copy."));
  EXPECT_FALSE(DetectLicense(""));
}

}  // namespace
}  // namespace repopost::ingest
