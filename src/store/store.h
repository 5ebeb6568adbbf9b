// Store: the facade over one database backend. It owns the connection and hands out the
// aggregate interfaces, which live as long as the Store.
//
//   auto store = store::OpenStore("sqlite:/home/me/.local/share/repopost/repopost.db");
//   if (!store) { report store.error().message; exit with ExitCodeFor(store.error().code); }
//   auto created = (*store)->generations().CreateGeneration(generation, first_version);
//
// Thread-safety: every aggregate call is serialised on the Store's one connection, so a Store may
// be shared by threads. Several processes may open the same database (SQLite: WAL and a busy
// timeout; PostgreSQL: row locks), e.g. batch workers.
#pragma once

#include <memory>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "store/api_key_store.h"
#include "store/attempt_store.h"
#include "store/audit_store.h"
#include "store/batch_store.h"
#include "store/feedback_store.h"
#include "store/generation_store.h"
#include "store/source_store.h"
#include "store/stats_store.h"
#include "store/store_url.h"

namespace repopost::store {

class SqlSession;
class SqlGenerationStore;
class SqlActivityStore;
class SqlApiKeyStore;
class SqlBatchStore;
class SqlStatsStore;
class SqlConnection;

class Store {
 public:
  // Takes ownership of a connection migrated to `schema_version`. REQUIRES: clock outlives the
  // Store. Use OpenStore.
  Store(std::unique_ptr<SqlConnection> connection, StoreKind kind, int schema_version,
        const core::Clock& clock);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  StoreKind kind() const { return kind_; }
  int schema_version() const { return schema_version_; }

  SourceStore& sources();
  GenerationStore& generations();
  FeedbackStore& feedback();
  AttemptStore& attempts();
  AuditStore& audit();
  ApiKeyStore& api_keys();
  BatchStore& batches();
  StatsStore& stats();

 private:
  StoreKind kind_;
  int schema_version_;
  std::unique_ptr<SqlSession> session_;
  std::unique_ptr<SqlGenerationStore> generations_;
  std::unique_ptr<SqlActivityStore> activity_;
  std::unique_ptr<SqlApiKeyStore> api_keys_;
  std::unique_ptr<SqlBatchStore> batches_;
  std::unique_ptr<SqlStatsStore> stats_;
};

// The process-wide system clock, used when none is given.
const core::Clock& DefaultClock();

// Opens the database named by `url` (see store_url.h) and applies pending migrations.
// Errors: kUsage for a malformed URL; kStore for a database that cannot be opened, reached,
// written or migrated — each with one sentence. `clock` stamps records and times leases.
core::Result<std::unique_ptr<Store>> OpenStore(std::string_view url,
                                               const core::Clock& clock = DefaultClock());

}  // namespace repopost::store
