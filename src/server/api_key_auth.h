// ApiKeyAuth: who is calling. Keys are configured as secrets, kept only as SHA-256 hex digests,
// and carry scopes (read ⊂ generate ⊂ admin). Keys stored in the database (ApiKeyStore, by hash)
// are accepted too when a store is given. Keys are required when the server listens beyond
// loopback or when configured so; otherwise an anonymous caller has every scope.
//
// Thread-safe: immutable after construction except for the store lookups.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/secret.h"

namespace repopost::server {

enum class Scope { kRead, kGenerate, kAdmin };
std::string_view ToString(Scope scope);
std::optional<Scope> ParseScope(std::string_view text);

struct ApiKeyGrant {
  std::string name;  // what the key is for; shown in the audit trail instead of the key
  core::Secret key;
  Scope scope = Scope::kRead;
};

struct Caller {
  std::string id = "anonymous";  // key name, never the key
  Scope scope = Scope::kAdmin;
  bool authenticated = false;
  bool Allows(Scope needed) const { return static_cast<int>(scope) >= static_cast<int>(needed); }
};

// "sha256 hex" of a key, the form keys are compared and stored in.
std::string HashApiKey(std::string_view key);

class ApiKeyAuth {
 public:
  // Finds a stored key by hash: {name, scope} or nullopt. Empty when there is no key store.
  using StoredLookup = std::function<core::Result<std::optional<ApiKeyGrant>>(const std::string&)>;

  ApiKeyAuth(bool keys_required, const std::vector<ApiKeyGrant>& keys, StoredLookup stored = {});

  bool KeysRequired() const { return keys_required_; }
  // `authorization` is the Authorization header ("Bearer KEY"), `api_key` the X-API-Key header.
  // kUnauthorized for a missing key (when required) or a wrong one.
  core::Result<Caller> Authenticate(std::string_view authorization, std::string_view api_key) const;

 private:
  struct HashedKey {
    std::string name;
    std::string hash;
    Scope scope;
  };
  bool keys_required_;
  std::vector<HashedKey> keys_;
  StoredLookup stored_;
};

}  // namespace repopost::server
