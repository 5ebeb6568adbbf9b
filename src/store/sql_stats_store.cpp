#include "store/sql_stats_store.h"

#include "core/clock.h"
#include "store/attempt_store.h"

namespace repopost::store {
namespace {

constexpr std::int64_t kMsPerDay = 86'400'000;

DailyStats& Day(std::map<std::int64_t, DailyStats>& days, std::int64_t day) {
  DailyStats& stats = days[day];
  if (stats.day.empty()) stats.day = core::FormatIsoDate(day * (kMsPerDay / 1000));
  return stats;
}

}  // namespace

core::Status SqlStatsStore::AddGenerations(Days& days, std::int64_t from_ms, std::int64_t to_ms) {
  const SqlParam params[] = {from_ms, to_ms};
  auto rows = session_.connection().Query(
      "SELECT created_at / 86400000, COUNT(*), AVG(duration_ms), SUM(fell_back) FROM generations "
      "WHERE created_at >= $1 AND created_at < $2 GROUP BY created_at / 86400000",
      params);
  if (!rows) return tl::unexpected(rows.error());
  for (const SqlRow& row : *rows) {
    DailyStats& stats = Day(days, row.Int(0));
    stats.generations = row.Int(1);
    stats.mean_generation_ms = row.Real(2);
    stats.fallbacks = row.Int(3);
  }
  return core::Ok();
}

core::Status SqlStatsStore::AddVersions(Days& days, std::int64_t from_ms, std::int64_t to_ms) {
  const SqlParam params[] = {from_ms, to_ms};
  auto rows = session_.connection().Query(
      "SELECT v.created_at / 86400000, COUNT(*), COUNT(r.version_id), "
      "SUM(CASE WHEN r.unsupported_claims > 0 THEN 1 ELSE 0 END), COALESCE(SUM(r.policy_hits), 0), "
      "AVG(r.confidence) FROM post_versions v LEFT JOIN safety_reports r ON r.version_id = v.id "
      "WHERE v.created_at >= $1 AND v.created_at < $2 GROUP BY v.created_at / 86400000",
      params);
  if (!rows) return tl::unexpected(rows.error());
  for (const SqlRow& row : *rows) {
    DailyStats& stats = Day(days, row.Int(0));
    stats.versions = row.Int(1);
    stats.checked_versions = row.Int(2);
    stats.versions_with_unsupported_claim = row.Int(3);
    stats.policy_hits = row.Int(4);
    stats.mean_safety_confidence = row.Real(5);
  }
  return core::Ok();
}

core::Status SqlStatsStore::AddFeedback(Days& days, std::int64_t from_ms, std::int64_t to_ms) {
  const SqlParam params[] = {from_ms, to_ms};
  auto rows = session_.connection().Query(
      "SELECT created_at / 86400000, type, COUNT(*), COALESCE(SUM(rating), 0), COUNT(rating) "
      "FROM feedback WHERE created_at >= $1 AND created_at < $2 "
      "GROUP BY created_at / 86400000, type",
      params);
  if (!rows) return tl::unexpected(rows.error());
  std::map<std::int64_t, std::pair<std::int64_t, std::int64_t>> ratings;  // day -> (sum, count)
  for (const SqlRow& row : *rows) {
    DailyStats& stats = Day(days, row.Int(0));
    if (auto type = ParseFeedbackType(row.Text(1))) {
      stats.feedback[static_cast<std::size_t>(*type)] += row.Int(2);
    }
    ratings[row.Int(0)].first += row.Int(3);
    ratings[row.Int(0)].second += row.Int(4);
  }
  for (const auto& [day, rating] : ratings) {
    if (rating.second > 0) {
      days[day].mean_rating =
          static_cast<double>(rating.first) / static_cast<double>(rating.second);
    }
  }
  return core::Ok();
}

core::Status SqlStatsStore::AddAttempts(Days& days, std::int64_t from_ms, std::int64_t to_ms) {
  const SqlParam params[] = {from_ms, to_ms, std::string(ToString(AttemptStatus::kError))};
  auto rows = session_.connection().Query(
      "SELECT created_at / 86400000, COUNT(*), SUM(CASE WHEN status = $3 THEN 1 ELSE 0 END) "
      "FROM llm_attempts WHERE created_at >= $1 AND created_at < $2 "
      "GROUP BY created_at / 86400000",
      params);
  if (!rows) return tl::unexpected(rows.error());
  for (const SqlRow& row : *rows) {
    DailyStats& stats = Day(days, row.Int(0));
    stats.attempts = row.Int(1);
    stats.attempt_errors = row.Int(2);
  }
  return core::Ok();
}

core::Result<std::vector<DailyStats>> SqlStatsStore::DailyTotals(
    std::chrono::system_clock::time_point from, std::chrono::system_clock::time_point to) {
  if (to <= from) return core::Fail(core::ErrorCode::kUsage, "the metrics range is empty");
  auto lock = session_.Lock();
  // One read transaction, so the four queries see the same snapshot.
  SqlTransaction tx(session_.connection(), TransactionMode::kDeferred);
  if (auto s = tx.Begin(); !s) return tl::unexpected(s.error());
  Days days;
  std::int64_t from_ms = ToMs(from), to_ms = ToMs(to);
  for (auto add : {&SqlStatsStore::AddGenerations, &SqlStatsStore::AddVersions,
                   &SqlStatsStore::AddFeedback, &SqlStatsStore::AddAttempts}) {
    if (auto s = (this->*add)(days, from_ms, to_ms); !s) return tl::unexpected(s.error());
  }
  if (auto s = tx.Commit(); !s) return tl::unexpected(s.error());
  std::vector<DailyStats> out;
  for (auto& [day, stats] : days) out.push_back(std::move(stats));
  return out;
}

core::Result<std::vector<GenerationPoint>> SqlStatsStore::RecentGenerations(int limit) {
  if (limit < 1 || limit > 10000) {
    return core::Fail(core::ErrorCode::kUsage, "the series limit must be 1..10000");
  }
  auto lock = session_.Lock();
  const SqlParam params[] = {std::int64_t{limit}};
  auto rows = session_.connection().Query(
      "SELECT g.id, g.created_at, g.duration_ms, g.writer_tier, g.fell_back, v.quality_score, "
      "r.confidence, COALESCE(r.unsupported_claims, 0), COALESCE(r.policy_hits, 0) "
      "FROM generations g JOIN post_versions v ON v.generation_id = g.id AND v.seq = 1 "
      "LEFT JOIN safety_reports r ON r.version_id = v.id "
      "ORDER BY g.created_at DESC, g.id DESC LIMIT $1",
      params);
  if (!rows) return tl::unexpected(rows.error());
  std::vector<GenerationPoint> out;
  out.reserve(rows->size());
  for (auto row = rows->rbegin(); row != rows->rend(); ++row) {
    GenerationPoint point;
    point.generation_id = row->Text(0);
    point.created_at = FromMs(row->Int(1));
    point.duration_ms = row->Int(2);
    point.writer_tier = row->Text(3);
    point.fell_back = row->Int(4) != 0;
    point.quality_score = row->OptionalReal(5);
    point.safety_confidence = row->OptionalReal(6);
    point.unsupported_claims = row->Int(7);
    point.policy_hits = row->Int(8);
    out.push_back(std::move(point));
  }
  return out;
}

}  // namespace repopost::store
