// SqlConnection: the narrow seam between the aggregate stores (portable SQL with $1..$n
// placeholders) and one database backend. Implemented by sqlite/ and postgres/; nothing outside
// src/store/ sees it.
//
// Not thread-safe: SqlSession owns one connection and serialises every use with its mutex.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace repopost::store {

enum class SqlDialect { kSqlite, kPostgres };

// A bound parameter: NULL, integer, real or text. Values are always bound, never spliced.
using SqlParam = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// One result row; every cell is its text form (NULL = nullopt), converted by the accessors.
class SqlRow {
 public:
  explicit SqlRow(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}
  bool IsNull(std::size_t i) const { return !cells_.at(i).has_value(); }
  const std::string& Text(std::size_t i) const;  // "" for NULL
  std::int64_t Int(std::size_t i) const;         // 0 for NULL
  double Real(std::size_t i) const;              // 0 for NULL
  std::optional<std::int64_t> OptionalInt(std::size_t i) const;
  std::optional<double> OptionalReal(std::size_t i) const;

 private:
  std::vector<std::optional<std::string>> cells_;
};

enum class TransactionMode {
  kDeferred,   // reads first; SQLite takes the write lock at the first write
  kImmediate,  // takes the write lock at BEGIN (SQLite); used for claim-with-lease
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual SqlDialect Dialect() const = 0;
  // Runs one statement with bound parameters and returns its rows (RETURNING included).
  virtual core::Result<std::vector<SqlRow>> Query(std::string_view sql,
                                                  std::span<const SqlParam> params) = 0;
  // Runs one statement and returns the number of rows it changed.
  virtual core::Result<std::int64_t> Execute(std::string_view sql,
                                             std::span<const SqlParam> params) = 0;
  // Runs several statements with no parameters (migrations).
  virtual core::Status ExecuteScript(std::string_view sql) = 0;
  virtual core::Status Begin(TransactionMode mode) = 0;
  virtual core::Status Commit() = 0;
  virtual core::Status Rollback() = 0;
};

}  // namespace repopost::store
