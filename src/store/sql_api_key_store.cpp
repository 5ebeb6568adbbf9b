#include "store/sql_api_key_store.h"

#include "store/record_id.h"

namespace repopost::store {
namespace {

constexpr const char* kColumns = "id, name, key_hash, scopes, created_at, revoked_at";

ApiKey KeyFromRow(const SqlRow& row) {
  ApiKey key{row.Text(0),        row.Text(1), row.Text(2), SplitLines(row.Text(3)),
             FromMs(row.Int(4)), std::nullopt};
  if (auto revoked = row.OptionalInt(5)) key.revoked_at = FromMs(*revoked);
  return key;
}

}  // namespace

core::Result<ApiKey> SqlApiKeyStore::CreateApiKey(const ApiKey& key) {
  if (key.key_hash.empty()) return core::Fail(core::ErrorCode::kInput, "an API key needs a hash");
  auto scopes = JoinLines(key.scopes, "scope");
  if (!scopes) return tl::unexpected(scopes.error());
  auto lock = session_.Lock();
  ApiKey stored = key;
  if (stored.id.empty()) stored.id = NewRecordId("k");
  stored.created_at = FromMs(session_.NowMs());
  stored.revoked_at.reset();
  const SqlParam params[] = {stored.id, stored.name, stored.key_hash, *scopes,
                             ToMs(stored.created_at)};
  auto inserted = session_.connection().Execute(
      "INSERT INTO api_keys (id, name, key_hash, scopes, created_at) VALUES ($1, $2, $3, $4, $5)",
      params);
  if (!inserted) {
    if (inserted.error().code == core::ErrorCode::kConflict) {
      return core::Fail(core::ErrorCode::kConflict, "an API key with this hash already exists");
    }
    return tl::unexpected(inserted.error());
  }
  return stored;
}

core::Result<std::optional<ApiKey>> SqlApiKeyStore::FindApiKeyByHash(const std::string& key_hash) {
  auto lock = session_.Lock();
  const SqlParam params[] = {key_hash};
  auto rows = session_.connection().Query(
      std::string("SELECT ") + kColumns + " FROM api_keys WHERE key_hash = $1", params);
  if (!rows) return tl::unexpected(rows.error());
  if (rows->empty()) return std::optional<ApiKey>();
  return std::optional<ApiKey>(KeyFromRow(rows->front()));
}

core::Result<std::vector<ApiKey>> SqlApiKeyStore::ListApiKeys() {
  auto lock = session_.Lock();
  auto rows = session_.connection().Query(
      std::string("SELECT ") + kColumns + " FROM api_keys ORDER BY created_at, id", {});
  if (!rows) return tl::unexpected(rows.error());
  std::vector<ApiKey> out;
  for (const SqlRow& row : *rows) out.push_back(KeyFromRow(row));
  return out;
}

core::Status SqlApiKeyStore::RevokeApiKey(const std::string& id) {
  auto lock = session_.Lock();
  const SqlParam params[] = {id, session_.NowMs()};
  auto changed = session_.connection().Execute(
      "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1", params);
  if (!changed) return tl::unexpected(changed.error());
  if (*changed == 0) return core::Fail(core::ErrorCode::kNotFound, "no API key has the id " + id);
  return core::Ok();
}

}  // namespace repopost::store
