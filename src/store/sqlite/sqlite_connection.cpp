#include "store/sqlite/sqlite_connection.h"

#include <sqlite3.h>

#include <cstdio>
#include <unordered_map>

namespace repopost::store {
namespace {

using core::ErrorCode;

// One sentence for a failed SQLite call, with the cases a user can act on spelled out.
core::Error SqliteError(sqlite3* db, int rc, std::string_view doing, const std::string& path) {
  int primary = rc & 0xff;
  std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (primary) {
    case SQLITE_FULL:
      return {ErrorCode::kStore, "the database " + path +
                                     " is full (disk or size limit reached) while " +
                                     std::string(doing) + "; free space and retry"};
    case SQLITE_READONLY:
      return {ErrorCode::kStore, "the database " + path + " is read-only while " +
                                     std::string(doing) +
                                     "; check the file and directory permissions"};
    case SQLITE_CANTOPEN:
      return {ErrorCode::kStore,
              "cannot open the database " + path + " (missing directory or no permission)"};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return {ErrorCode::kStore,
              "the file " + path + " is not a valid repopost database (" + detail + ")"};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return {
          ErrorCode::kStore,
          "the database " + path + " stayed locked by another process while " + std::string(doing)};
    case SQLITE_CONSTRAINT:
      return {ErrorCode::kConflict, "the change conflicts with a stored record (" + detail + ")"};
    default:
      return {ErrorCode::kStore,
              "the database " + path + " failed while " + std::string(doing) + ": " + detail};
  }
}

class SqliteConnection final : public SqlConnection {
 public:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  SqlDialect Dialect() const override { return SqlDialect::kSqlite; }

  core::Result<std::vector<SqlRow>> Query(std::string_view sql,
                                          std::span<const SqlParam> params) override {
    auto stmt = Prepare(sql, params);
    if (!stmt) return tl::unexpected(stmt.error());
    std::vector<SqlRow> rows;
    int columns = sqlite3_column_count(*stmt);
    while (true) {
      int rc = sqlite3_step(*stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) return Finish(*stmt, rc, "reading");
      std::vector<std::optional<std::string>> cells(columns);
      for (int c = 0; c < columns; ++c) cells[c] = Cell(*stmt, c);
      rows.emplace_back(std::move(cells));
    }
    sqlite3_reset(*stmt);
    return rows;
  }

  core::Result<std::int64_t> Execute(std::string_view sql,
                                     std::span<const SqlParam> params) override {
    auto stmt = Prepare(sql, params);
    if (!stmt) return tl::unexpected(stmt.error());
    int rc;
    while ((rc = sqlite3_step(*stmt)) == SQLITE_ROW) {
    }
    if (rc != SQLITE_DONE) return Finish(*stmt, rc, "writing");
    sqlite3_reset(*stmt);
    return static_cast<std::int64_t>(sqlite3_changes64(db_));
  }

  core::Status ExecuteScript(std::string_view sql) override {
    std::string text(sql);
    char* message = nullptr;
    int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) return tl::unexpected(SqliteError(db_, rc, "migrating", path_));
    return core::Ok();
  }

  core::Status Begin(TransactionMode mode) override {
    return Run(mode == TransactionMode::kImmediate ? "BEGIN IMMEDIATE" : "BEGIN",
               "starting a transaction");
  }
  core::Status Commit() override { return Run("COMMIT", "committing"); }
  core::Status Rollback() override { return Run("ROLLBACK", "rolling back"); }

 private:
  core::Status Run(const char* sql, std::string_view doing) {
    int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return tl::unexpected(SqliteError(db_, rc, doing, path_));
    return core::Ok();
  }

  template <typename T = std::vector<SqlRow>>
  tl::unexpected<core::Error> Finish(sqlite3_stmt* stmt, int rc, std::string_view doing) {
    core::Error error = SqliteError(db_, rc, doing, path_);
    sqlite3_reset(stmt);
    return tl::unexpected(error);
  }

  static std::optional<std::string> Cell(sqlite3_stmt* stmt, int c) {
    switch (sqlite3_column_type(stmt, c)) {
      case SQLITE_NULL:
        return std::nullopt;
      case SQLITE_FLOAT: {
        char buffer[32];
        std::snprintf(buffer, sizeof(buffer), "%.17g", sqlite3_column_double(stmt, c));
        return std::string(buffer);
      }
      default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
        return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
      }
    }
  }

  // A cached statement for `sql`, reset and bound to `params` ("$N" binds params[N-1]).
  core::Result<sqlite3_stmt*> Prepare(std::string_view sql, std::span<const SqlParam> params) {
    std::string key(sql);
    sqlite3_stmt* stmt = nullptr;
    if (auto it = statements_.find(key); it != statements_.end()) {
      stmt = it->second;
    } else {
      int rc = sqlite3_prepare_v3(db_, key.c_str(), static_cast<int>(key.size()),
                                  SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      if (rc != SQLITE_OK) return tl::unexpected(SqliteError(db_, rc, "preparing a query", path_));
      statements_.emplace(std::move(key), stmt);
    }
    sqlite3_clear_bindings(stmt);
    int count = sqlite3_bind_parameter_count(stmt);
    for (int i = 1; i <= count; ++i) {
      const char* name = sqlite3_bind_parameter_name(stmt, i);
      long n = name ? std::strtol(name + 1, nullptr, 10) : 0;
      if (n < 1 || static_cast<std::size_t>(n) > params.size()) {
        return core::Fail(ErrorCode::kInternal, "a query parameter has no bound value");
      }
      if (int rc = Bind(stmt, i, params[n - 1]); rc != SQLITE_OK) {
        return tl::unexpected(SqliteError(db_, rc, "binding a value", path_));
      }
    }
    return stmt;
  }

  static int Bind(sqlite3_stmt* stmt, int i, const SqlParam& param) {
    if (std::holds_alternative<std::nullptr_t>(param)) return sqlite3_bind_null(stmt, i);
    if (const auto* v = std::get_if<std::int64_t>(&param)) return sqlite3_bind_int64(stmt, i, *v);
    if (const auto* v = std::get_if<double>(&param)) return sqlite3_bind_double(stmt, i, *v);
    const auto& text = std::get<std::string>(param);
    return sqlite3_bind_text64(stmt, i, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

core::Status Pragma(sqlite3* db, const std::string& sql, const std::string& path) {
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK)
    return tl::unexpected(SqliteError(db, rc, "configuring the connection", path));
  return core::Ok();
}

}  // namespace

core::Result<std::unique_ptr<SqlConnection>> OpenSqlite(const SqliteOptions& options) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(options.path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    core::Error error = SqliteError(db, rc, "opening", options.path);
    sqlite3_close_v2(db);
    return tl::unexpected(error);
  }
  auto connection = std::make_unique<SqliteConnection>(db, options.path);
  if (sqlite3_db_readonly(db, "main") == 1) {
    return core::Fail(ErrorCode::kStore, "the database " + options.path +
                                             " is read-only; check the file and directory "
                                             "permissions");
  }
  sqlite3_extended_result_codes(db, 1);
  const std::string pragmas[] = {
      "PRAGMA busy_timeout = " + std::to_string(options.busy_timeout_ms),
      "PRAGMA foreign_keys = ON",
      "PRAGMA journal_mode = WAL",
      // WAL + NORMAL: a commit survives a crash of the process (the SIGKILL test); only a power
      // loss may drop the last transactions, never corrupt the file.
      "PRAGMA synchronous = NORMAL",
  };
  for (const auto& pragma : pragmas) {
    if (auto status = Pragma(db, pragma, options.path); !status)
      return tl::unexpected(status.error());
  }
  if (options.max_pages > 0) {
    auto status =
        Pragma(db, "PRAGMA max_page_count = " + std::to_string(options.max_pages), options.path);
    if (!status) return tl::unexpected(status.error());
  }
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace repopost::store
