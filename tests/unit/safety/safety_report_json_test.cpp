#include "safety/safety_report_json.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "safety/claim_checker.h"
#include "sample_repo.h"

namespace repopost::safety {
namespace {

TEST(SafetyReportJson, CarriesVerdictsEvidenceAndPolicyHits) {
  auto checker = ClaimChecker::Create(testing::SampleRepo());
  ASSERT_TRUE(checker);
  const SafetyReport report =
      checker->Check("It works with Vim, Neovim and tmux.\nMail jane@example.com");
  const nlohmann::json j = ToJson(report);
  ASSERT_EQ(j["claims"].size(), 2u);
  EXPECT_EQ(j["claims"][0]["verdict"], "supported");
  EXPECT_EQ(j["claims"][0]["evidence"][0]["path"], "README.md");
  EXPECT_EQ(j["policy_hits"][0]["rule_id"], "pii.email");
  EXPECT_TRUE(j["is_safe"].is_boolean());
  EXPECT_TRUE(j["confidence"].is_number());
}

TEST(SafetyReportJson, VerifyReportHasTopLevelVerdict) {
  VerifyReport v;
  v.consistency = Consistency::kInconsistent;
  EXPECT_EQ(ToJson(v)["verdict"], "inconsistent");
}

}  // namespace
}  // namespace repopost::safety
