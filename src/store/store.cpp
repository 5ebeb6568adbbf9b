#include "store/store.h"

#include "store/migrator.h"
#include "store/postgres/pg_connection.h"
#include "store/sql_activity_store.h"
#include "store/sql_api_key_store.h"
#include "store/sql_batch_store.h"
#include "store/sql_generation_store.h"
#include "store/sql_session.h"
#include "store/sql_stats_store.h"
#include "store/sqlite/sqlite_connection.h"

namespace repopost::store {

Store::Store(std::unique_ptr<SqlConnection> connection, StoreKind kind, int schema_version,
             const core::Clock& clock)
    : kind_(kind),
      schema_version_(schema_version),
      session_(std::make_unique<SqlSession>(std::move(connection), clock)),
      generations_(std::make_unique<SqlGenerationStore>(*session_)),
      activity_(std::make_unique<SqlActivityStore>(*session_)),
      api_keys_(std::make_unique<SqlApiKeyStore>(*session_)),
      batches_(std::make_unique<SqlBatchStore>(*session_)),
      stats_(std::make_unique<SqlStatsStore>(*session_)) {}

Store::~Store() = default;

SourceStore& Store::sources() { return *generations_; }
GenerationStore& Store::generations() { return *generations_; }
FeedbackStore& Store::feedback() { return *activity_; }
AttemptStore& Store::attempts() { return *activity_; }
AuditStore& Store::audit() { return *activity_; }
ApiKeyStore& Store::api_keys() { return *api_keys_; }
BatchStore& Store::batches() { return *batches_; }
StatsStore& Store::stats() { return *stats_; }

const core::Clock& DefaultClock() {
  static const core::SystemClock clock;
  return clock;
}

core::Result<std::unique_ptr<Store>> OpenStore(std::string_view url, const core::Clock& clock) {
  auto parsed = ParseStoreUrl(url);
  if (!parsed) return tl::unexpected(parsed.error());
  core::Result<std::unique_ptr<SqlConnection>> connection =
      parsed->kind == StoreKind::kSqlite
          ? OpenSqlite(SqliteOptions{parsed->sqlite_path, parsed->sqlite_max_pages})
          : OpenPostgres(parsed->postgres_uri);
  if (!connection) return tl::unexpected(connection.error());
  auto version = ApplyMigrations(**connection);
  if (!version) return tl::unexpected(version.error());
  return std::make_unique<Store>(std::move(*connection), parsed->kind, *version, clock);
}

}  // namespace repopost::store
