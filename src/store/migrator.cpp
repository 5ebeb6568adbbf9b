#include "store/migrator.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "embedded/migrations.h"
#include "store/sql_session.h"

namespace repopost::store {
namespace {

constexpr std::string_view kSqliteSuffix = ".sqlite.sql";
constexpr std::string_view kPostgresSuffix = ".postgres.sql";
constexpr std::string_view kPortableSuffix = ".sql";

bool EndsWith(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

core::Result<int> CurrentVersion(SqlConnection& connection) {
  auto created = connection.ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "name TEXT NOT NULL, applied_at BIGINT NOT NULL)");
  if (!created) return tl::unexpected(created.error());
  auto rows = connection.Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", {});
  if (!rows) return tl::unexpected(rows.error());
  return static_cast<int>(rows->at(0).Int(0));
}

}  // namespace

core::Result<std::vector<Migration>> MigrationsFor(SqlDialect dialect) {
  std::string_view own = dialect == SqlDialect::kSqlite ? kSqliteSuffix : kPostgresSuffix;
  std::string_view other = dialect == SqlDialect::kSqlite ? kPostgresSuffix : kSqliteSuffix;
  std::map<int, Migration> chosen;
  for (std::string_view path : embedded::migrations::List()) {
    if (EndsWith(path, other)) continue;
    bool is_own = EndsWith(path, own);
    if (!is_own && !EndsWith(path, kPortableSuffix)) continue;
    std::string name(path.substr(0, path.size() - (is_own ? own : kPortableSuffix).size()));
    int version = std::atoi(name.c_str());
    if (version <= 0 || name.size() < 5 || name[4] != '_') {
      return core::Fail(core::ErrorCode::kInternal,
                        "the migration file " + std::string(path) + " is not named NNNN_name.sql");
    }
    auto it = chosen.find(version);
    if (it != chosen.end() && !is_own) continue;  // a dialect file wins over the portable one
    chosen[version] = Migration{version, name, std::string(*embedded::migrations::Find(path))};
  }
  std::vector<Migration> out;
  for (auto& [version, migration] : chosen) out.push_back(std::move(migration));
  return out;
}

core::Result<int> ApplyMigrations(SqlConnection& connection) {
  auto migrations = MigrationsFor(connection.Dialect());
  if (!migrations) return tl::unexpected(migrations.error());
  int newest = migrations->empty() ? 0 : migrations->back().version;
  // One transaction per step; each re-reads the version under the write lock (SQLite: immediate
  // transaction; PostgreSQL: a transaction-scoped advisory lock), so concurrent openers of one
  // database apply every step exactly once.
  while (true) {
    SqlTransaction tx(connection, TransactionMode::kImmediate);
    if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
    if (connection.Dialect() == SqlDialect::kPostgres) {
      auto locked = connection.Query("SELECT pg_advisory_xact_lock(7262001)", {});
      if (!locked) return tl::unexpected(locked.error());
    }
    auto current = CurrentVersion(connection);
    if (!current) return tl::unexpected(current.error());
    if (*current > newest) {
      return core::Fail(core::ErrorCode::kStore,
                        "the database schema (version " + std::to_string(*current) +
                            ") is newer than this program knows (" + std::to_string(newest) +
                            "); upgrade repopost");
    }
    auto next = std::find_if(migrations->begin(), migrations->end(),
                             [&](const Migration& m) { return m.version > *current; });
    if (next == migrations->end()) {
      if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
      return *current;
    }
    if (auto s = connection.ExecuteScript(next->sql); !s) return tl::unexpected(s.error());
    const SqlParam params[] = {std::int64_t{next->version}, next->name,
                               ToMs(std::chrono::system_clock::now())};
    auto inserted = connection.Execute(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", params);
    if (!inserted) return tl::unexpected(inserted.error());
    if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
  }
}

}  // namespace repopost::store
