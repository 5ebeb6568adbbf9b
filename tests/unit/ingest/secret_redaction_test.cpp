// Issue 16: a secret in repository text never leaves ingest. Documents are redacted, facts that
// held one are dropped, each secret is named by file and line in a warning, .env is never read.
#include "ingest/secret_redaction.h"

#include <gtest/gtest.h>

#include <string>

#include "fixture_repo/fixture_repo.h"
#include "ingest/ingest.h"
#include "text/secret_scanner.h"

namespace repopost::ingest {
namespace {

// Every string of the sheet a later stage could read, joined.
std::string Everything(const core::FactSheet& sheet) {
  std::string all = sheet.source + "\n" + sheet.commit + "\n";
  for (const core::Fact& fact : sheet.facts) all += fact.value + "\n" + fact.detail + "\n";
  for (const core::Document& doc : sheet.documents) all += doc.title + "\n" + doc.text + "\n";
  for (const std::string& warning : sheet.warnings) all += warning + "\n";
  return all;
}

bool HasWarning(const core::FactSheet& sheet, std::string_view needle) {
  for (const std::string& warning : sheet.warnings) {
    if (warning.find(needle) != std::string::npos) return true;
  }
  return false;
}

TEST(RedactSecrets, LeakyRepositoryKeepsNoSecretAndNamesEachLine) {
  testing::FixtureRepo repo = testing::MakeLeakyRepo();
  auto sheet = IngestPath(repo.path().string(), IngestOptions{});
  ASSERT_TRUE(sheet) << sheet.error().message;
  const std::string all = Everything(*sheet);
  for (const char* secret : testing::kLeakedSecrets) {
    EXPECT_EQ(all.find(secret), std::string::npos) << secret;
  }
  EXPECT_EQ(all.find("BEGIN RSA PRIVATE KEY"), std::string::npos);
  EXPECT_TRUE(HasWarning(*sheet, "README.md:8 contains a GitHub token (secret.github-token)"));
  EXPECT_TRUE(HasWarning(*sheet, "README.md:13 contains an AWS access key id"));
  EXPECT_TRUE(HasWarning(*sheet, "README.md:16 contains an OpenAI-style API key"));
  EXPECT_TRUE(HasWarning(*sheet, "README.md:17 contains an AWS secret access key"));
  EXPECT_TRUE(HasWarning(*sheet, "README.md:22 contains a private key"));
  EXPECT_TRUE(HasWarning(*sheet, "package.json"));
  EXPECT_TRUE(HasWarning(*sheet, "the subject of commit"));
  // The feature bullet that held the token is not a fact; its neighbours still are.
  for (const core::Fact* feature : sheet->All(core::FactKind::kFeature)) {
    EXPECT_EQ(feature->value.find("Works with token"), std::string::npos) << feature->value;
  }
  EXPECT_EQ(sheet->All(core::FactKind::kFeature).size(), 2u);
  // The README keeps its other lines, with the marker where each secret was.
  const core::Document* readme = nullptr;
  for (const core::Document& doc : sheet->documents) {
    if (doc.kind == core::SourceKind::kReadme) readme = &doc;
  }
  ASSERT_NE(readme, nullptr);
  EXPECT_NE(readme->text.find("Run `leakyd --bucket NAME` to start."), std::string::npos);
  EXPECT_NE(readme->text.find(text::kSecretMarker), std::string::npos);
}

TEST(RedactSecrets, DotEnvIsNeverRead) {
  testing::FixtureRepo repo = testing::MakeLeakyRepo();
  auto sheet = IngestPath(repo.path().string(), IngestOptions{});
  ASSERT_TRUE(sheet) << sheet.error().message;
  for (const core::Document& doc : sheet->documents) EXPECT_NE(doc.provenance.path, ".env");
  EXPECT_FALSE(HasWarning(*sheet, ".env"));
}

TEST(RedactSecrets, UserTextIsRedactedWithItsLine) {
  auto sheet =
      IngestText("# demo\n\nA tool.\n\nkey: AKIAIOSFODNN7EXAMPLE\n", "notes.md", IngestOptions{});
  ASSERT_TRUE(sheet) << sheet.error().message;
  EXPECT_EQ(Everything(*sheet).find("AKIAIOSFODNN7EXAMPLE"), std::string::npos);
  EXPECT_TRUE(HasWarning(*sheet, "notes.md:5 contains an AWS access key id"));
}

TEST(HoldsCredentials, NamesCredentialFilesOnly) {
  for (const char* path : {".env", "deploy/.env.production", "prod.env", ".envrc", "certs/tls.key",
                           "id_rsa", "home/.netrc", ".npmrc", "server.pem", ".git-credentials"}) {
    EXPECT_TRUE(HoldsCredentials(path)) << path;
  }
  for (const char* path : {"README.md", "src/env.go", "docs/environment.md", "keys.go",
                           "src/keyboard.c", "id_rsa.pub"}) {
    EXPECT_FALSE(HoldsCredentials(path)) << path;
  }
}

}  // namespace
}  // namespace repopost::ingest
