#include "text/secret_scanner.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace repopost::text {
namespace {

struct Rule {
  const char* id;
  const char* pattern;  // RE2, case-insensitive unless it starts with (?-i); group 1 = the value
  double min_entropy;   // 0 = no entropy check
  const char* message;
};

// Names of variables that hold credentials, with any prefix ("aws_", "GITHUB_", "client.").
#define SECRET_NAME                                                                              \
  R"(\b(?:[a-z0-9]+[_.-])*(?:api[_-]?key|secret(?:[_-]?(?:access[_-]?)?key)?|access[_-]?token|)" \
  R"(auth[_-]?token|token|passw(?:or)?d|client[_-]?secret)\b)"

constexpr Rule kRules[] = {
    {"secret.aws-access-key",
     R"((?-i)\b((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16})\b)", 0,
     "contains an AWS access key id"},
    {"secret.aws-secret-key",
     R"(\baws[a-z0-9_. -]{0,30}["']?\s*[:=]\s*["']?((?-i)[A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+]|$))",
     0, "contains an AWS secret access key"},
    {"secret.github-token",
     R"((?-i)\b((?:ghp|gho|ghu|ghs|ghr)_[0-9A-Za-z]{36}|github_pat_[0-9A-Za-z_]{22,})\b)", 0,
     "contains a GitHub token"},
    {"secret.slack-token", R"((?-i)\b(xox[baprs]-[0-9A-Za-z-]{10,80}))", 0,
     "contains a Slack token"},
    {"secret.openai-key", R"((?-i)\b(sk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}))", 0,
     "contains an OpenAI-style API key"},
    {"secret.google-api-key", R"((?-i)\b(AIza[0-9A-Za-z_-]{35}))", 0, "contains a Google API key"},
    {"secret.stripe-key", R"((?-i)\b((?:sk|rk|pk)_(?:live|test)_[0-9A-Za-z]{16,}))", 0,
     "contains a Stripe key"},
    // The whole block, so no line of the key survives redaction; a block without its END line
    // runs to the end of the text.
    {"secret.private-key",
     R"((-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?-----)"
     R"((?s:.*?)(?:-----END (?:(?:RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY(?: BLOCK)?-----|$)))",
     0, "contains a private key"},
    {"secret.generic-assignment", SECRET_NAME R"(["']?\s*[:=]\s*["']?([^\s"'`,;]{16,}))", 3.5,
     "contains a credential assignment"},
};

#undef SECRET_NAME

}  // namespace

double SecretScanner::Entropy(std::string_view s) {
  if (s.empty()) return 0;
  std::array<int, 256> counts{};
  for (unsigned char c : s) ++counts[c];
  double bits = 0;
  for (int n : counts) {
    if (n == 0) continue;
    const double p = static_cast<double>(n) / static_cast<double>(s.size());
    bits -= p * std::log2(p);
  }
  return bits;
}

core::Result<SecretScanner> SecretScanner::Create() {
  SecretScanner scanner;
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  for (const Rule& rule : kRules) {
    auto regex = std::make_shared<const RE2>(rule.pattern, options);
    if (!regex->ok()) {
      return core::Fail(core::ErrorCode::kInternal, std::string("secret rule ") + rule.id +
                                                        " does not compile: " + regex->error());
    }
    scanner.rules_.push_back({&rule, std::move(regex)});
  }
  return scanner;
}

std::vector<SecretMatch> SecretScanner::Find(std::string_view text) const {
  std::vector<SecretMatch> found;
  for (const CompiledRule& compiled : rules_) {
    const Rule& rule = *static_cast<const Rule*>(compiled.rule);
    const RE2& re = *compiled.regex;
    std::array<re2::StringPiece, 2> match;
    std::size_t pos = 0;
    while (pos <= text.size() &&
           re.Match(text, pos, text.size(), RE2::UNANCHORED, match.data(), 2)) {
      const re2::StringPiece whole = match[0];
      const re2::StringPiece value = match[1].data() != nullptr ? match[1] : whole;
      pos = static_cast<std::size_t>(whole.data() - text.data()) +
            std::max<std::size_t>(whole.size(), 1);
      if (rule.min_entropy > 0 && Entropy(value) < rule.min_entropy) continue;
      const auto begin = static_cast<std::size_t>(value.data() - text.data());
      found.push_back({rule.id, rule.message, begin, begin + value.size()});
    }
  }
  // Earliest first; of two matches that start together the rule listed first names the match,
  // and overlapping matches merge, so Redact never cuts a secret in two.
  std::stable_sort(found.begin(), found.end(),
                   [](const SecretMatch& a, const SecretMatch& b) { return a.begin < b.begin; });
  std::vector<SecretMatch> disjoint;
  for (const SecretMatch& m : found) {
    if (!disjoint.empty() && m.begin < disjoint.back().end) {
      disjoint.back().end = std::max(disjoint.back().end, m.end);
      continue;
    }
    disjoint.push_back(m);
  }
  return disjoint;
}

std::string SecretScanner::Redact(std::string_view text) const {
  std::string out;
  std::size_t pos = 0;
  for (const SecretMatch& m : Find(text)) {
    out.append(text.substr(pos, m.begin - pos));
    out += kSecretMarker;
    pos = m.end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace repopost::text
