// SecretScanner: finds credentials in text by their shape: gitleaks-style token formats (AWS
// access keys and secret keys, GitHub, Slack, OpenAI, Google and Stripe keys, whole private key
// blocks) and "name = value" assignments whose value is long and random (Shannon entropy). The
// one rule table both ingest (which redacts secrets before anything else sees repository text)
// and the safety stage's PolicyScanner (which flags secrets in a post) use.
//
//   auto scanner = text::SecretScanner::Create();
//   for (const text::SecretMatch& m : scanner->Find(readme)) { m.rule_id; m.begin; }
//   std::string clean = scanner->Redact(readme);  // each match replaced by kSecretMarker
//
// All patterns are RE2 (linear time on untrusted input). Offsets are bytes in the scanned text;
// matches are sorted by begin and never overlap. Thread-safe after construction.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace re2 {
class RE2;
}

namespace repopost::text {

// What Redact puts where a secret was.
inline constexpr std::string_view kSecretMarker = "[secret removed]";

struct SecretMatch {
  std::string_view rule_id;  // "secret.github-token"; points into the static rule table
  std::string_view message;  // "contains a GitHub token"
  std::size_t begin = 0;     // the secret value's byte span (the captured value, not its name)
  std::size_t end = 0;
};

class SecretScanner {
 public:
  // Errors: kInternal when a rule does not compile (a programmer error in the table).
  static core::Result<SecretScanner> Create();

  std::vector<SecretMatch> Find(std::string_view text) const;
  // `text` with every match replaced by kSecretMarker; unchanged when nothing matches.
  std::string Redact(std::string_view text) const;

  // Bits per character of `s` (Shannon entropy over its bytes).
  static double Entropy(std::string_view s);

 private:
  struct CompiledRule {
    const void* rule;  // the table row (secret_scanner.cpp)
    std::shared_ptr<const re2::RE2> regex;
  };
  std::vector<CompiledRule> rules_;
};

}  // namespace repopost::text
