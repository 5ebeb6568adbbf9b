// Handlers for health, metrics, the OpenAPI description and the web UI.
#include "app/metrics_report.h"
#include "server/openapi.h"
#include "server/problem.h"
#include "server/route_table.h"

namespace repopost::server {

HttpResponse GetHealth(ApiContext& context, const HttpRequest&, const Caller&) {
  HealthReport health = context.health();
  health.queued_jobs = context.generations.QueuedJobs();
  HttpResponse response;
  response.body = HealthToJson(health);
  return response;
}

HttpResponse GetMetrics(ApiContext& context, const HttpRequest&, const Caller&) {
  HttpResponse response;
  response.content_type = "text/plain; version=0.0.4; charset=utf-8";
  response.body = context.metrics.Render();
  return response;
}

HttpResponse GetMetricsSeries(ApiContext& context, const HttpRequest& request, const Caller&) {
  auto limit = request.QueryInt("limit", 200, 1, 2000);
  if (!limit) return ProblemResponse(limit.error(), request.path);
  telemetry::AlertThresholds thresholds;
  auto series = app::BuildSeriesReport(context.app.store().stats(), *limit, thresholds);
  if (!series) return ProblemResponse(series.error(), request.path);
  auto days = app::BuildMetricsReport(context.app.store().stats(), 30, thresholds,
                                      std::chrono::system_clock::now());
  if (!days) return ProblemResponse(days.error(), request.path);
  HttpResponse response;
  response.body = MetricsSeriesToJson(*series, *days);
  return response;
}

HttpResponse GetOpenApi(ApiContext&, const HttpRequest&, const Caller&) {
  HttpResponse response;
  response.body = OpenApiDocument();
  return response;
}

HttpResponse GetWebAsset(ApiContext& context, const HttpRequest& request, const Caller&) {
  std::string path =
      request.path == "/" ? "index.html" : request.path.substr(std::string("/assets/").size());
  auto asset = context.web.Find(path);
  if (!asset) return ProblemResponse(404, "No such file in the web UI.", request.path);
  HttpResponse response;
  response.content_type = asset->content_type;
  response.body = std::move(asset->body);
  response.headers.emplace_back("Cache-Control", "no-cache");
  return response;
}

}  // namespace repopost::server
