// Redactor: replaces anything that looks like a credential in a string with "[REDACTED]". The
// generation log runs every string value through it before writing, as a second line of defence:
// core::Secret values are never handed to the log in the first place.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace re2 {
class RE2;
}

namespace repopost::telemetry {

class Redactor {
 public:
  // Known key formats (OpenAI/Groq/GitHub/AWS/Slack/Google keys, JWTs, Bearer tokens) and
  // "key=…"-style assignments whose name mentions key, token, secret or password.
  Redactor();
  ~Redactor();
  Redactor(Redactor&&) noexcept;
  Redactor& operator=(Redactor&&) noexcept;

  // `text` with every match replaced; unchanged when nothing matches. Thread-safe.
  std::string Redact(std::string_view text) const;
  // True when Redact would change `text`.
  bool ContainsSecret(std::string_view text) const;

 private:
  std::unique_ptr<re2::RE2> tokens_;
  std::unique_ptr<re2::RE2> assignments_;
};

}  // namespace repopost::telemetry
