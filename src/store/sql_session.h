// SqlSession: one SqlConnection, the mutex that serialises its use, and the clock that stamps
// records. Shared by the aggregate stores of one Store; owns the connection.
//
//   auto lock = session.Lock();
//   SqlTransaction tx(session.connection(), TransactionMode::kDeferred);
//   if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
//   ... statements ...
//   return tx.Commit();   // a tx that is not committed rolls back when destroyed
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/clock.h"
#include "store/sql_connection.h"

namespace repopost::store {

class SqlSession {
 public:
  // REQUIRES: clock outlives the session.
  SqlSession(std::unique_ptr<SqlConnection> connection, const core::Clock& clock)
      : connection_(std::move(connection)), clock_(clock) {}

  std::unique_lock<std::mutex> Lock() { return std::unique_lock<std::mutex>(mutex_); }
  SqlConnection& connection() { return *connection_; }
  SqlDialect Dialect() const { return connection_->Dialect(); }
  // Milliseconds since the epoch from the session's clock.
  std::int64_t NowMs() const;

 private:
  std::unique_ptr<SqlConnection> connection_;
  const core::Clock& clock_;
  std::mutex mutex_;
};

// RAII transaction: rolls back on destruction unless Commit() succeeded.
class SqlTransaction {
 public:
  SqlTransaction(SqlConnection& connection, TransactionMode mode)
      : connection_(connection), mode_(mode) {}
  ~SqlTransaction();
  SqlTransaction(const SqlTransaction&) = delete;
  SqlTransaction& operator=(const SqlTransaction&) = delete;

  core::Status Begin();
  core::Status Commit();

 private:
  SqlConnection& connection_;
  TransactionMode mode_;
  bool open_ = false;
};

// Conversions between records and columns shared by the aggregate stores.
std::int64_t ToMs(std::chrono::system_clock::time_point time);
std::chrono::system_clock::time_point FromMs(std::int64_t ms);
// Joins tokens with '\n'; kInput when a token contains '\n'.
core::Result<std::string> JoinLines(const std::vector<std::string>& tokens, const char* what);
std::vector<std::string> SplitLines(const std::string& joined);

}  // namespace repopost::store
