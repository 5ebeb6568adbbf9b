#include "telemetry/redactor.h"

#include <re2/re2.h>

namespace repopost::telemetry {
namespace {

constexpr const char* kReplacement = "[REDACTED]";

// Self-identifying credential formats: replaced whole.
constexpr const char* kTokenPattern =
    R"((?:sk-(?:proj-|ant-)?[A-Za-z0-9_\-]{16,})|(?:gsk_[A-Za-z0-9]{20,})|)"
    R"((?:gh[pousr]_[A-Za-z0-9]{20,})|(?:github_pat_[A-Za-z0-9_]{20,})|)"
    R"((?:AKIA[0-9A-Z]{16})|(?:xox[abprs]-[A-Za-z0-9\-]{10,})|(?:AIza[0-9A-Za-z_\-]{30,})|)"
    R"((?:eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]+)|)"
    R"((?i:bearer)\s+[A-Za-z0-9._~+/\-]{8,}=*)";
// "api_key=…", "token: …", "password=…": the name is kept, the value replaced.
constexpr const char* kAssignmentPattern =
    R"(((?i)[A-Za-z0-9_\-]*(?:api[_\-]?key|token|secret|password|passwd)[A-Za-z0-9_\-]*"?\s*[=:]\s*"?)[^\s"&,;]{4,})";

}  // namespace

Redactor::Redactor()
    : tokens_(std::make_unique<re2::RE2>(kTokenPattern)),
      assignments_(std::make_unique<re2::RE2>(kAssignmentPattern)) {}
Redactor::~Redactor() = default;
Redactor::Redactor(Redactor&&) noexcept = default;
Redactor& Redactor::operator=(Redactor&&) noexcept = default;

std::string Redactor::Redact(std::string_view text) const {
  std::string out(text);
  re2::RE2::GlobalReplace(&out, *assignments_, std::string("\\1") + kReplacement);
  re2::RE2::GlobalReplace(&out, *tokens_, kReplacement);
  return out;
}

bool Redactor::ContainsSecret(std::string_view text) const {
  return re2::RE2::PartialMatch(text, *tokens_) || re2::RE2::PartialMatch(text, *assignments_);
}

}  // namespace repopost::telemetry
