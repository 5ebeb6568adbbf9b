#include "text/secret_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace repopost::text {
namespace {

class SecretScannerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto scanner = SecretScanner::Create();
    ASSERT_TRUE(scanner) << scanner.error().message;
    scanner_.emplace(std::move(*scanner));
  }
  std::optional<SecretScanner> scanner_;
};

struct Case {
  std::string_view text;
  std::string_view rule_id;
  std::string_view secret;  // the part that must not survive Redact
};

TEST_F(SecretScannerTest, FindsEachShapeAndRedactsItWhole) {
  const Case cases[] = {
      {"key AKIAIOSFODNN7EXAMPLE here", "secret.aws-access-key", "AKIAIOSFODNN7EXAMPLE"},
      {"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secret.aws-secret-key",
       "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
      {"AWS secret: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.", "secret.aws-secret-key",
       "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
      {"Works with token ghp_abcdefghijklmnopqrstuvwxyz0123456789 out of the box",
       "secret.github-token", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"},
      {"xoxb-1234567890-abcdefghij", "secret.slack-token", "xoxb-1234567890-abcdefghij"},
      {"OPENAI sk-proj-abcdefghijklmnopqrstuvwx1234", "secret.openai-key",
       "sk-proj-abcdefghijklmnopqrstuvwx1234"},
      {"AIzaSyA1234567890abcdefghijklmnopqrstuv", "secret.google-api-key",
       "AIzaSyA1234567890abcdefghijklmnopqrstuv"},
      {"sk_live_abcdefghijklmnop1234", "secret.stripe-key", "sk_live_abcdefghijklmnop1234"},
      {"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq\n-----END RSA PRIVATE KEY-----\nok",
       "secret.private-key", "MIIEowIBAAKCAQEA7bq"},
      {"GITHUB_TOKEN=\"Xk9mQ2vL8pR4tZ7wN1\"", "secret.generic-assignment", "Xk9mQ2vL8pR4tZ7wN1"},
  };
  for (const Case& c : cases) {
    const auto found = scanner_->Find(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].rule_id, c.rule_id) << c.text;
    const std::string redacted = scanner_->Redact(c.text);
    EXPECT_EQ(redacted.find(c.secret), std::string::npos) << redacted;
    EXPECT_NE(redacted.find(kSecretMarker), std::string::npos) << redacted;
    EXPECT_TRUE(scanner_->Find(redacted).empty()) << redacted;
  }
}

TEST_F(SecretScannerTest, PrivateKeyWithoutEndLineIsRemovedToTheEnd) {
  const std::string redacted =
      scanner_->Redact("Key:\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAA\n");
  EXPECT_EQ(redacted, "Key:\n[secret removed]");
}

TEST_F(SecretScannerTest, LeavesOrdinaryTextAlone) {
  for (std::string_view text :
       {"The API key is read from the OPENAI_API_KEY environment variable.", "password: changeme",
        "Set token = aaaaaaaaaaaaaaaaaaaa for tests.", "scikit-learn and sk-learn style APIs",
        "See docs/aws-setup.md for the AWS region."}) {
    EXPECT_TRUE(scanner_->Find(text).empty()) << text;
    EXPECT_EQ(scanner_->Redact(text), text);
  }
}

TEST(SecretScanner, EntropySeparatesRandomFromRepetitive) {
  EXPECT_LT(SecretScanner::Entropy("aaaaaaaaaaaaaaaa"), 1.0);
  EXPECT_GT(SecretScanner::Entropy("Xk9mQ2vL8pR4tZ7wN1"), 3.5);
}

}  // namespace
}  // namespace repopost::text
