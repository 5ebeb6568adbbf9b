// Fts5Index: the SQLite FTS5 alternative to Bm25Index, kept beside the benchmark that compared
// them (docs/decisions/retrieval.md). It indexes the same pre-analysed terms (text::IndexTerms
// joined by spaces, with the term characters declared as token characters so "v1.2.3" and
// "1,000" stay whole) and ranks by FTS5's bm25() times the source weight, so the two differ only
// in the engine. In-memory database; one connection; Search is serialised by SQLite.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace repopost::bench {

class Fts5Index {
 public:
  struct Hit {
    std::int64_t doc = 0;  // 0-based, in the order added
    double score = 0.0;    // higher is better (negated bm25() x weight)
  };

  static core::Result<Fts5Index> Create();
  Fts5Index(Fts5Index&&) noexcept;
  Fts5Index& operator=(Fts5Index&&) noexcept;
  ~Fts5Index();

  // Adds every document in one transaction.
  core::Status AddAll(const std::vector<std::vector<std::string>>& terms,
                      const std::vector<double>& weights);
  // weighted: ORDER BY bm25() x weight (what retrieval needs); otherwise FTS5's own
  // "ORDER BY rank", the fastest ranked query FTS5 offers, for comparison.
  core::Result<std::vector<Hit>> Search(const std::vector<std::string>& query_terms, std::size_t k,
                                        bool weighted = true) const;

 private:
  Fts5Index() = default;
  sqlite3* db_ = nullptr;
  sqlite3_stmt* search_ = nullptr;
  sqlite3_stmt* search_by_rank_ = nullptr;
};

}  // namespace repopost::bench
