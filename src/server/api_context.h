// ApiContext: what route handlers may call. Built once by Server; handlers get it by reference.
// Every member outlives the HTTP server; all are thread-safe.
#pragma once

#include <functional>
#include <string_view>

#include "app/app_context.h"
#include "app/post_service.h"
#include "safety/safety_report.h"
#include "server/api_json.h"
#include "server/batch_runner.h"
#include "server/generation_runner.h"
#include "server/request_metrics.h"
#include "server/web_assets.h"

namespace repopost::server {

// Checks a post against a source (POST /v1/check).
using Checker = std::function<core::Result<safety::SafetyReport>(const app::SourceRequest& source,
                                                                 std::string_view post)>;

struct ApiContext {
  app::AppContext& app;     // feedback with its effects, the store's statistics
  app::PostService& posts;  // app.posts()
  GenerationRunner& generations;
  BatchRunner& batches;
  RequestMetrics& metrics;
  const WebAssets& web;
  std::function<HealthReport()> health;  // the current health report
  Checker check;
};

}  // namespace repopost::server
