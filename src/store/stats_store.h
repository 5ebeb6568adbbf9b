// StatsStore: per-day totals and rates computed from the stored records (UTC days).
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "store/feedback_store.h"

namespace repopost::store {

struct DailyStats {
  std::string day;  // "2026-11-24" (UTC)
  std::int64_t generations = 0;
  double mean_generation_ms = 0.0;
  std::int64_t fallbacks = 0;         // generations whose chain fell back
  std::int64_t versions = 0;          // all versions created that day
  std::int64_t checked_versions = 0;  // versions with a safety report
  std::int64_t versions_with_unsupported_claim = 0;
  std::int64_t policy_hits = 0;
  double mean_safety_confidence = 0.0;     // over checked versions
  std::array<std::int64_t, 5> feedback{};  // indexed by FeedbackType
  double mean_rating = 0.0;                // over rated feedback, 0 when none
  std::int64_t attempts = 0;
  std::int64_t attempt_errors = 0;

  double FallbackRate() const;           // fallbacks / generations (0 when none)
  double UnsupportedClaimShare() const;  // versions_with_unsupported_claim / checked_versions
  double ErrorRate() const;              // attempt_errors / attempts
};

// One generation as a point of the dashboard's series: what its first version scored.
struct GenerationPoint {
  std::string generation_id;
  std::chrono::system_clock::time_point created_at{};
  std::int64_t duration_ms = 0;
  std::string writer_tier;
  bool fell_back = false;
  std::optional<double> quality_score;      // of the first version
  std::optional<double> safety_confidence;  // of the first version's safety report
  std::int64_t unsupported_claims = 0;
  std::int64_t policy_hits = 0;
};

class StatsStore {
 public:
  virtual ~StatsStore() = default;
  // The newest `limit` generations (1..10000; kUsage otherwise), oldest first.
  virtual core::Result<std::vector<GenerationPoint>> RecentGenerations(int limit) = 0;
  // One entry per UTC day in [from, to) that has any record, oldest first.
  virtual core::Result<std::vector<DailyStats>> DailyTotals(
      std::chrono::system_clock::time_point from, std::chrono::system_clock::time_point to) = 0;
};

}  // namespace repopost::store
