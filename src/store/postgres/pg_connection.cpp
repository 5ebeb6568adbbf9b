#include "store/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <cstdio>
#include <cstring>

namespace repopost::store {
namespace {

using core::ErrorCode;

std::string FirstLine(const char* message) {
  std::string text = message ? message : "";
  std::size_t end = text.find('\n');
  if (end != std::string::npos) text.resize(end);
  return text;
}

// One sentence for a failed statement; SQLSTATE classes a caller can act on are spelled out.
core::Error PgError(PGconn* conn, const PGresult* result, std::string_view doing) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string detail = FirstLine(result ? PQresultErrorMessage(result) : PQerrorMessage(conn));
  std::string code = state ? state : "";
  if (code == "23505" || code == "23503" || code == "23514") {
    return {ErrorCode::kConflict, "the change conflicts with a stored record (" + detail + ")"};
  }
  if (code == "53100") {
    return {ErrorCode::kStore, "the PostgreSQL server is out of disk space while " +
                                   std::string(doing) + "; free space and retry"};
  }
  if (code == "25006") {
    return {ErrorCode::kStore, "the PostgreSQL database is read-only while " + std::string(doing)};
  }
  if (PQstatus(conn) == CONNECTION_BAD) {
    return {ErrorCode::kStore, "the connection to PostgreSQL was lost while " + std::string(doing) +
                                   " (" + detail + ")"};
  }
  return {ErrorCode::kStore, "PostgreSQL failed while " + std::string(doing) + ": " + detail};
}

class PgConnection final : public SqlConnection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override { PQfinish(conn_); }

  SqlDialect Dialect() const override { return SqlDialect::kPostgres; }

  core::Result<std::vector<SqlRow>> Query(std::string_view sql,
                                          std::span<const SqlParam> params) override {
    auto result = Run(sql, params, "reading");
    if (!result) return tl::unexpected(result.error());
    PGresult* res = result->get();
    int rows = PQntuples(res), columns = PQnfields(res);
    std::vector<SqlRow> out;
    out.reserve(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
      std::vector<std::optional<std::string>> cells(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        if (!PQgetisnull(res, r, c)) {
          cells[c] =
              std::string(PQgetvalue(res, r, c), static_cast<std::size_t>(PQgetlength(res, r, c)));
        }
      }
      out.emplace_back(std::move(cells));
    }
    return out;
  }

  core::Result<std::int64_t> Execute(std::string_view sql,
                                     std::span<const SqlParam> params) override {
    auto result = Run(sql, params, "writing");
    if (!result) return tl::unexpected(result.error());
    const char* changed = PQcmdTuples(result->get());
    return changed && *changed ? std::strtoll(changed, nullptr, 10) : 0;
  }

  core::Status ExecuteScript(std::string_view sql) override {
    std::string text(sql);
    Result result(PQexec(conn_, text.c_str()));
    if (!IsOk(result.get())) return tl::unexpected(PgError(conn_, result.get(), "migrating"));
    return core::Ok();
  }

  core::Status Begin(TransactionMode mode) override {
    // Read committed is enough: claims lock their row (FOR UPDATE SKIP LOCKED) and the rest are
    // inserts or single-row updates guarded by their WHERE clause.
    return Simple("BEGIN", "starting a transaction");
  }
  core::Status Commit() override { return Simple("COMMIT", "committing"); }
  core::Status Rollback() override { return Simple("ROLLBACK", "rolling back"); }

 private:
  struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
  };
  using Result = std::unique_ptr<PGresult, ResultDeleter>;

  static bool IsOk(const PGresult* result) {
    ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
  }

  core::Status Simple(const char* sql, std::string_view doing) {
    Result result(PQexec(conn_, sql));
    if (!IsOk(result.get())) return tl::unexpected(PgError(conn_, result.get(), doing));
    return core::Ok();
  }

  core::Result<Result> Run(std::string_view sql, std::span<const SqlParam> params,
                           std::string_view doing) {
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const SqlParam& param = params[i];
      if (std::holds_alternative<std::nullptr_t>(param)) continue;
      if (const auto* v = std::get_if<std::int64_t>(&param)) {
        texts[i] = std::to_string(*v);
      } else if (const auto* v = std::get_if<double>(&param)) {
        char buffer[32];
        std::snprintf(buffer, sizeof(buffer), "%.17g", *v);
        texts[i] = buffer;
      } else {
        texts[i] = std::get<std::string>(param);
      }
      values[i] = texts[i].c_str();
    }
    std::string text(sql);
    Result result(PQexecParams(conn_, text.c_str(), static_cast<int>(params.size()), nullptr,
                               values.data(), nullptr, nullptr, 0));
    if (!IsOk(result.get())) return tl::unexpected(PgError(conn_, result.get(), doing));
    return result;
  }

  PGconn* conn_;
};

}  // namespace

core::Result<std::unique_ptr<SqlConnection>> OpenPostgres(const std::string& uri) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (conn == nullptr) {
    return core::Fail(ErrorCode::kStore, "cannot allocate a PostgreSQL connection");
  }
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string where =
        std::string(PQhost(conn) ? PQhost(conn) : "?") + ":" + (PQport(conn) ? PQport(conn) : "?");
    std::string detail = FirstLine(PQerrorMessage(conn));
    PQfinish(conn);
    return core::Fail(ErrorCode::kStore,
                      "cannot connect to PostgreSQL at " + where + " (" + detail + ")");
  }
  auto connection = std::make_unique<PgConnection>(conn);
  // Keep notices (e.g. "relation already exists, skipping") off stderr.
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace repopost::store
