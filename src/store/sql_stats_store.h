// SqlStatsStore: StatsStore over a SqlSession (either backend): grouped SQL per table, merged by
// UTC day.
#pragma once

#include <map>

#include "store/sql_session.h"
#include "store/stats_store.h"

namespace repopost::store {

class SqlStatsStore final : public StatsStore {
 public:
  // REQUIRES: session outlives this object.
  explicit SqlStatsStore(SqlSession& session) : session_(session) {}

  core::Result<std::vector<DailyStats>> DailyTotals(
      std::chrono::system_clock::time_point from,
      std::chrono::system_clock::time_point to) override;
  core::Result<std::vector<GenerationPoint>> RecentGenerations(int limit) override;

 private:
  using Days = std::map<std::int64_t, DailyStats>;
  // Each REQUIRES the session lock held; adds its table's numbers to `days`.
  core::Status AddGenerations(Days& days, std::int64_t from_ms, std::int64_t to_ms);
  core::Status AddVersions(Days& days, std::int64_t from_ms, std::int64_t to_ms);
  core::Status AddFeedback(Days& days, std::int64_t from_ms, std::int64_t to_ms);
  core::Status AddAttempts(Days& days, std::int64_t from_ms, std::int64_t to_ms);

  SqlSession& session_;
};

}  // namespace repopost::store
