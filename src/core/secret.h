// Secret: an API key or token. It prints as "****" everywhere; only the adapter that sends it
// calls Reveal(). Never log, store or export the revealed value.
#pragma once

#include <ostream>
#include <string>

namespace repopost::core {

class Secret {
 public:
  Secret() = default;
  explicit Secret(std::string value) : value_(std::move(value)) {}

  bool empty() const { return value_.empty(); }
  const std::string& Reveal() const { return value_; }
  std::string ToString() const { return value_.empty() ? "" : "****"; }

  friend std::ostream& operator<<(std::ostream& out, const Secret& secret) {
    return out << secret.ToString();
  }

 private:
  std::string value_;
};

}  // namespace repopost::core
