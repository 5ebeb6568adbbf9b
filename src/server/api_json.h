// The server's one JSON edge (STYLE.md habit 5): request bodies become native DTOs here, and
// results become response bodies here. A wrong type, a missing required field or an unknown
// enum value is a kUsage error naming the field; nothing silently falls back to a default.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_context.h"
#include "app/generation_service.h"
#include "app/metrics_report.h"
#include "app/post_service.h"
#include "core/result.h"
#include "safety/safety_report.h"
#include "store/batch_store.h"

namespace repopost::server {

struct BatchRequest {
  std::string name;
  std::vector<std::string> sources;  // local paths or GitHub URLs, one item each
  generate::PostOptions options;
};

struct BatchStatus {
  store::BatchJob job;
  std::vector<store::BatchItem> items;
};

struct HealthReport {
  std::string status = "ok";  // "ok" | "degraded"
  std::string active_tier = "template";
  bool offline = true;
  std::vector<std::string> providers;  // configured LLM providers (names only, never keys)
  std::size_t queued_jobs = 0;
  std::size_t worker_threads = 0;
  bool api_keys_required = false;
  std::string version;
  nlohmann::json llm;  // the LLM tiers' health (app::HealthReportJson); null when none
};

core::Result<app::GenerateRequest> ParseGenerateRequest(std::string_view body);
core::Result<app::RefineInput> ParseRefineInput(std::string_view body);
core::Result<app::FeedbackInput> ParseFeedbackInput(std::string_view body);
core::Result<BatchRequest> ParseBatchRequest(std::string_view body);
// POST /v1/check: {"source": {...as for generate...}, "post": "text"}.
struct CheckRequest {
  app::SourceRequest source;
  std::string post;
};
core::Result<CheckRequest> ParseCheckRequest(std::string_view body);
std::string SafetyReportToJson(const safety::SafetyReport& report);

std::string PostToJson(const app::PostRecord& record);
std::string VersionsToJson(const std::vector<store::PostVersion>& versions);
std::string VersionToJson(const store::PostVersion& version);
std::string DiffToJson(const app::WordDiff& diff);
std::string FeedbackOutcomeToJson(const app::FeedbackOutcome& outcome);
std::string BatchToJson(const BatchStatus& status);
std::string HealthToJson(const HealthReport& health);
std::string HistoryToJson(const std::vector<store::HistoryEntry>& history);
// GET /v1/metrics/series: the series report plus the last days' totals and the newest day's
// threshold alerts.
std::string MetricsSeriesToJson(const app::SeriesReport& series, const app::MetricsReport& days);
// One SSE progress event's data: {"stage": "...", "message": "..."}.
std::string ProgressToJson(std::string_view stage, std::string_view message);

}  // namespace repopost::server
