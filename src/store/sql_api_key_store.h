// SqlApiKeyStore: ApiKeyStore over a SqlSession (either backend).
#pragma once

#include "store/api_key_store.h"
#include "store/sql_session.h"

namespace repopost::store {

class SqlApiKeyStore final : public ApiKeyStore {
 public:
  // REQUIRES: session outlives this object.
  explicit SqlApiKeyStore(SqlSession& session) : session_(session) {}

  core::Result<ApiKey> CreateApiKey(const ApiKey& key) override;
  core::Result<std::optional<ApiKey>> FindApiKeyByHash(const std::string& key_hash) override;
  core::Result<std::vector<ApiKey>> ListApiKeys() override;
  core::Status RevokeApiKey(const std::string& id) override;

 private:
  SqlSession& session_;
};

}  // namespace repopost::store
