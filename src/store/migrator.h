// ApplyMigrations: brings a database to the newest schema. Migrations are the embedded files
// src/store/migrations/NNNN_name.sql (portable SQL), applied in number order, each in its own
// transaction together with its row in schema_migrations. A dialect that needs different SQL for
// a step ships NNNN_name.sqlite.sql or NNNN_name.postgres.sql, which then replaces the portable
// file for that dialect only.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "store/sql_connection.h"

namespace repopost::store {

struct Migration {
  int version = 0;
  std::string name;  // file name without dialect suffix and extension, e.g. "0001_initial"
  std::string sql;
};

// The migrations for `dialect` in version order. kInternal when an embedded file is misnamed.
core::Result<std::vector<Migration>> MigrationsFor(SqlDialect dialect);

// Applies every migration newer than the database's version. Returns the schema version after.
// kStore when the database is newer than this program knows (a downgrade).
core::Result<int> ApplyMigrations(SqlConnection& connection);

}  // namespace repopost::store
