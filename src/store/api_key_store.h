// ApiKeyStore: API keys by hash. The store never sees a key itself, only its hash.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace repopost::store {

struct ApiKey {
  std::string id;                   // "k_…"; assigned by the store when empty
  std::string name;                 // what the key is for, e.g. "ci"
  std::string key_hash;             // hex digest computed by the caller; unique (kConflict)
  std::vector<std::string> scopes;  // e.g. {"posts:write", "batches:write"}; no '\n'
  std::chrono::system_clock::time_point created_at{};  // set by the store
  std::optional<std::chrono::system_clock::time_point> revoked_at;
};

class ApiKeyStore {
 public:
  virtual ~ApiKeyStore() = default;
  virtual core::Result<ApiKey> CreateApiKey(const ApiKey& key) = 0;
  // The key with this hash, revoked or not; nullopt when none.
  virtual core::Result<std::optional<ApiKey>> FindApiKeyByHash(const std::string& key_hash) = 0;
  virtual core::Result<std::vector<ApiKey>> ListApiKeys() = 0;
  // kNotFound for an unknown id; revoking twice keeps the first time.
  virtual core::Status RevokeApiKey(const std::string& id) = 0;
};

}  // namespace repopost::store
