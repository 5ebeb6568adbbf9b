#include "fts5_index.h"

#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace repopost::bench {
namespace {

core::Error SqlError(sqlite3* db, const std::string& what) {
  return core::Error{core::ErrorCode::kStore, what + ": " + sqlite3_errmsg(db) + "."};
}

}  // namespace

Fts5Index::Fts5Index(Fts5Index&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      search_(std::exchange(other.search_, nullptr)),
      search_by_rank_(std::exchange(other.search_by_rank_, nullptr)) {}

Fts5Index& Fts5Index::operator=(Fts5Index&& other) noexcept {
  std::swap(db_, other.db_);
  std::swap(search_, other.search_);
  std::swap(search_by_rank_, other.search_by_rank_);
  return *this;
}

Fts5Index::~Fts5Index() {
  sqlite3_finalize(search_);
  sqlite3_finalize(search_by_rank_);
  sqlite3_close(db_);
}

core::Result<Fts5Index> Fts5Index::Create() {
  Fts5Index index;
  if (sqlite3_open(":memory:", &index.db_) != SQLITE_OK) {
    return tl::unexpected(SqlError(index.db_, "Opening an in-memory SQLite database failed"));
  }
  const char* schema =
      "CREATE VIRTUAL TABLE chunks USING fts5(body, weight UNINDEXED, "
      "tokenize = \"unicode61 remove_diacritics 0 tokenchars '.,:/_-'\");";
  if (sqlite3_exec(index.db_, schema, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return tl::unexpected(SqlError(index.db_, "Creating the FTS5 table failed"));
  }
  const char* search =
      "SELECT rowid, bm25(chunks) * weight AS score FROM chunks WHERE chunks MATCH ?1 "
      "ORDER BY score LIMIT ?2;";
  if (sqlite3_prepare_v2(index.db_, search, -1, &index.search_, nullptr) != SQLITE_OK) {
    return tl::unexpected(SqlError(index.db_, "Preparing the FTS5 search failed"));
  }
  const char* by_rank =
      "SELECT rowid, rank FROM chunks WHERE chunks MATCH ?1 ORDER BY rank LIMIT ?2;";
  if (sqlite3_prepare_v2(index.db_, by_rank, -1, &index.search_by_rank_, nullptr) != SQLITE_OK) {
    return tl::unexpected(SqlError(index.db_, "Preparing the FTS5 rank search failed"));
  }
  return index;
}

core::Status Fts5Index::AddAll(const std::vector<std::vector<std::string>>& terms,
                               const std::vector<double>& weights) {
  sqlite3_exec(db_, "BEGIN;", nullptr, nullptr, nullptr);
  sqlite3_stmt* insert = nullptr;
  if (sqlite3_prepare_v2(db_, "INSERT INTO chunks(rowid, body, weight) VALUES (?1, ?2, ?3);", -1,
                         &insert, nullptr) != SQLITE_OK) {
    return tl::unexpected(SqlError(db_, "Preparing the FTS5 insert failed"));
  }
  std::string body;
  for (std::size_t doc = 0; doc < terms.size(); ++doc) {
    body.clear();
    for (const std::string& term : terms[doc]) {
      if (!body.empty()) body += ' ';
      body += term;
    }
    sqlite3_bind_int64(insert, 1, static_cast<sqlite3_int64>(doc + 1));
    sqlite3_bind_text(insert, 2, body.data(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
    sqlite3_bind_double(insert, 3, weights[doc]);
    if (sqlite3_step(insert) != SQLITE_DONE) {
      sqlite3_finalize(insert);
      return tl::unexpected(SqlError(db_, "Inserting into FTS5 failed"));
    }
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  if (sqlite3_exec(db_, "COMMIT;", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return tl::unexpected(SqlError(db_, "Committing the FTS5 inserts failed"));
  }
  return core::Ok();
}

core::Result<std::vector<Fts5Index::Hit>> Fts5Index::Search(
    const std::vector<std::string>& query_terms, std::size_t k, bool weighted) const {
  std::string match;
  std::vector<std::string_view> seen;
  for (const std::string& term : query_terms) {
    if (std::find(seen.begin(), seen.end(), term) != seen.end()) continue;
    seen.push_back(term);
    if (!match.empty()) match += " OR ";
    match += '"' + term + '"';
  }
  std::vector<Hit> hits;
  if (match.empty()) return hits;
  sqlite3_stmt* statement = weighted ? search_ : search_by_rank_;
  sqlite3_reset(statement);
  sqlite3_bind_text(statement, 1, match.data(), static_cast<int>(match.size()), SQLITE_TRANSIENT);
  sqlite3_bind_int64(statement, 2, static_cast<sqlite3_int64>(k));
  int step = SQLITE_ROW;
  while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
    hits.push_back(
        Hit{sqlite3_column_int64(statement, 0) - 1, -sqlite3_column_double(statement, 1)});
  }
  if (step != SQLITE_DONE) return tl::unexpected(SqlError(db_, "The FTS5 search failed"));
  return hits;
}

}  // namespace repopost::bench
