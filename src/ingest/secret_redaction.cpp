#include "ingest/secret_redaction.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "text/secret_scanner.h"

namespace repopost::ingest {
namespace {

const text::SecretScanner& Scanner() {
  // The rules are constants; text/secret_scanner_test proves they compile.
  static const text::SecretScanner scanner = text::SecretScanner::Create().value();
  return scanner;
}

std::string Warning(const std::string& where, const text::SecretMatch& match) {
  return "A secret was removed: " + where + " " + std::string(match.message) + " (" +
         std::string(match.rule_id) + "); nothing from that line is used.";
}

// "README.md:7": the line of byte `offset` in a document whose first line is `first_line`.
std::string DocumentLine(const core::Document& doc, std::size_t offset) {
  const int first_line = std::max(doc.provenance.line_begin, 1);
  const auto newlines = std::count(doc.text.begin(), doc.text.begin() + offset, '\n');
  const std::string& name = doc.provenance.path.empty() ? doc.title : doc.provenance.path;
  return name + ":" + std::to_string(first_line + newlines);
}

// Where a fact came from, in the words of a warning, and the key that says whether a document's
// warning already covered it.
std::string FactWhere(const core::Fact& fact) {
  if (fact.kind == core::FactKind::kRecentCommit || fact.kind == core::FactKind::kFirstCommit) {
    return "the subject of commit " + fact.provenance.commit.substr(0, 7);
  }
  if (!fact.provenance.path.empty() && fact.provenance.line_begin > 0) {
    return fact.provenance.path + ":" + std::to_string(fact.provenance.line_begin);
  }
  core::Provenance where = fact.provenance;
  where.commit.clear();
  return where.Describe();
}

}  // namespace

bool HoldsCredentials(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  std::string name(slash == std::string_view::npos ? path : path.substr(slash + 1));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto ends_with = [&name](std::string_view suffix) { return name.ends_with(suffix); };
  const bool is_ssh_private_key =
      (name.starts_with("id_rsa") || name.starts_with("id_dsa") || name.starts_with("id_ecdsa") ||
       name.starts_with("id_ed25519")) &&
      !ends_with(".pub");
  return name == ".env" || name.starts_with(".env.") || name == ".envrc" || ends_with(".env") ||
         name == ".netrc" || name == "_netrc" || name == ".npmrc" || name == ".pypirc" ||
         name == ".git-credentials" || name == ".htpasswd" || is_ssh_private_key ||
         ends_with(".pem") || ends_with(".key") || ends_with(".p12") || ends_with(".pfx") ||
         ends_with(".keystore") || ends_with(".jks");
}

void RedactSecrets(core::FactSheet& sheet, const SecretInspector& inspect) {
  const text::SecretScanner& scanner = Scanner();
  std::vector<std::string> found;
  std::set<std::string> lines_warned;
  for (std::string& warning : sheet.warnings) warning = scanner.Redact(warning);
  for (core::Document& doc : sheet.documents) {
    const std::vector<text::SecretMatch> matches = scanner.Find(doc.text);
    if (matches.empty()) continue;
    // The commit log's secrets are reported once, by the commit facts below.
    const bool is_commit_log = doc.kind == core::SourceKind::kCommits;
    for (const text::SecretMatch& match : matches) {
      if (is_commit_log) continue;
      const std::string where = DocumentLine(doc, match.begin);
      lines_warned.insert(where);
      found.push_back(Warning(where, match));
      if (inspect)
        inspect(std::string_view(doc.text).substr(match.begin, match.end - match.begin), where);
    }
    doc.text = scanner.Redact(doc.text);
  }
  std::erase_if(sheet.facts, [&](const core::Fact& fact) {
    std::string_view scanned = fact.value;
    std::vector<text::SecretMatch> matches = scanner.Find(scanned);
    if (matches.empty()) matches = scanner.Find(scanned = fact.detail);
    if (matches.empty()) return false;
    const std::string where = FactWhere(fact);
    if (lines_warned.insert(where).second) {
      found.push_back(Warning(where, matches.front()));
      if (inspect) {
        for (const text::SecretMatch& match : matches) {
          inspect(scanned.substr(match.begin, match.end - match.begin), where);
        }
      }
    }
    return true;
  });
  sheet.warnings.insert(sheet.warnings.end(), found.begin(), found.end());
}

}  // namespace repopost::ingest
