// SqliteConnection: SqlConnection on one SQLite database file (WAL, foreign keys on, busy
// timeout, prepared statements cached per SQL text). The only file that includes sqlite3.h is
// sqlite_connection.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "core/result.h"
#include "store/sql_connection.h"

namespace repopost::store {

struct SqliteOptions {
  std::string path;            // the database file; created when missing
  std::int64_t max_pages = 0;  // > 0 caps the file size (PRAGMA max_page_count)
  int busy_timeout_ms = 5000;  // wait this long for another writer's lock
};

// Opens (creating if needed) the database. kStore with one sentence when the file cannot be
// opened or written (read-only file or directory, not a database, ...).
core::Result<std::unique_ptr<SqlConnection>> OpenSqlite(const SqliteOptions& options);

}  // namespace repopost::store
