#include "safety/policy_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace repopost::safety {
namespace {

struct Hit {
  std::string_view text;
  std::string_view rule_id;
};

class PolicyScannerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto scanner = PolicyScanner::Create();
    ASSERT_TRUE(scanner) << scanner.error().message;
    scanner_.emplace(std::move(*scanner));
  }
  std::optional<PolicyScanner> scanner_;
};

TEST_F(PolicyScannerTest, EachRuleFiresOnItsShape) {
  const std::vector<Hit> cases{
      {"Guaranteed growth for your startup.", "growth.guaranteed-results"},
      {"Make $10k a month with this repo.", "growth.earnings-claim"},
      {"Finally, passive income for developers.", "growth.get-rich"},
      {"Endorsed by Linus Torvalds himself.", "endorsement.celebrity-or-company"},
      {"As seen on TechCrunch!", "endorsement.as-seen-on"},
      {"This is an official Google project.", "affiliation.official-org"},
      {"A Microsoft-backed tool.", "affiliation.org-backed"},
      {"It is a Meta project now.", "affiliation.org-project"},
      {"Write to jane.doe@example.com for access.", "pii.email"},
      {"Call me at +1 415-555-0123 today.", "pii.phone"},
      {"aws_key = AKIAIOSFODNN7EXAMPLE", "secret.aws-access-key"},
      {"token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "secret.github-token"},
      {"xoxb-1234567890-abcdefghij", "secret.slack-token"},
      {"OPENAI sk-proj-abcdefghijklmnopqrstuvwx1234", "secret.openai-key"},
      {"AIzaSyA1234567890abcdefghijklmnopqrstuv", "secret.google-api-key"},
      {"-----BEGIN RSA PRIVATE KEY-----", "secret.private-key"},
      {"password: \"Xk9#mQ2vL8pR4tZ7wN1\"", "secret.generic-assignment"},
      {"This is fucking great.", "profanity.strong"},
  };
  for (const Hit& c : cases) {
    const std::vector<PolicyHit> hits = scanner_->Scan(c.text);
    ASSERT_FALSE(hits.empty()) << c.text;
    EXPECT_EQ(hits[0].rule_id, c.rule_id) << c.text;
    EXPECT_LT(hits[0].begin, hits[0].end);
    EXPECT_LE(hits[0].end, c.text.size());
  }
}

TEST_F(PolicyScannerTest, OrdinarySentencesMatchNothing) {
  for (std::string_view text :
       {"It was the only way forward.", "100% of tests pass.", "The official docs explain it.",
        "Version 1.2.3 shipped on 2024-06-01.", "It uses Google's LevelDB format.",
        "The API key is read from the OPENAI_API_KEY environment variable.", "password: changeme",
        "It runs on port 8080 with 4 workers.", "Estimated 3.5 GB of RAM for the 7B model.",
        "Ask a question on GitHub Discussions.", "scikit-learn and sk-learn style APIs",
        "Results are guaranteed to be sorted."}) {
    const std::vector<PolicyHit> hits = scanner_->Scan(text);
    EXPECT_TRUE(hits.empty()) << text << " -> " << (hits.empty() ? "" : hits[0].rule_id);
  }
}

TEST_F(PolicyScannerTest, MasksSecretsInExcerpts) {
  const auto hits = scanner_->Scan("AKIAIOSFODNN7EXAMPLE");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].excerpt, "AKIA****");
  EXPECT_EQ(hits[0].category, PolicyCategory::kSecret);
  EXPECT_EQ(hits[0].severity, Severity::kBlock);
}

TEST(PolicyCategory, RoundTripsThroughStrings) {
  for (PolicyCategory c : {PolicyCategory::kGrowthPromise, PolicyCategory::kEndorsement,
                           PolicyCategory::kFalseAffiliation, PolicyCategory::kPersonalData,
                           PolicyCategory::kSecret, PolicyCategory::kProfanity}) {
    EXPECT_EQ(ParsePolicyCategory(ToString(c)), c);
  }
  EXPECT_EQ(ParseSeverity("block"), Severity::kBlock);
  EXPECT_FALSE(ParseSeverity("fatal").has_value());
}

}  // namespace
}  // namespace repopost::safety
