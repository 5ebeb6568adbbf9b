#include "server/route_table.h"

namespace repopost::server {
namespace {

constexpr std::string_view kJson = "application/json";
using enum HttpMethod;

// clang-format off
constexpr Route kRoutes[] = {
  {kPost, "/v1/posts", Scope::kGenerate,
   "Generate a post from a source; with Accept: text/event-stream, stream progress and the result "
   "(a closed stream cancels the generation). A post with a blocking policy hit is 422 and not "
   "stored; a full queue 429, past the deadline 504",
   "GenerateRequest", "Post", 201, kJson, CreatePost},
  {kGet, "/v1/posts", Scope::kRead,
   "Stored posts, newest first, each with its latest version (?limit=1..100, &before=POST_ID)",
   "", "PostList", 200, kJson, ListPosts},
  {kGet, "/v1/posts/{id}", Scope::kRead,
   "A stored post: its generation, every version, feedback, LLM attempts and pipeline details",
   "", "Post", 200, kJson, GetPost},
  {kGet, "/v1/posts/{id}/versions", Scope::kRead, "Every version of a post, oldest first",
   "", "VersionList", 200, kJson, ListVersions},
  {kPost, "/v1/posts/{id}/refine", Scope::kGenerate,
   "Make a new version: a refine action (shorter, longer, ...) or a manual edit",
   "RefineRequest", "Version", 201, kJson, RefinePost},
  {kGet, "/v1/posts/{id}/diff", Scope::kRead,
   "Word-level diff from version `against` to {id} (post ids mean their latest version)",
   "", "Diff", 200, kJson, DiffPost},
  {kPost, "/v1/posts/{id}/feedback", Scope::kGenerate,
   "Record feedback on a version; too-generic and too-technical make a new version, "
   "want-other-hooks returns the ranked hook alternatives",
   "FeedbackRequest", "FeedbackOutcome", 201, kJson, AddFeedback},
  {kGet, "/v1/posts/{id}/export", Scope::kRead,
   "Download a version (?format=text|linkedin|linkedin-api|markdown|notion|notion-markdown|buffer|"
   "csv|json, optional &version=ID, &author=URN for linkedin-api)",
   "", "", 200, "application/octet-stream", ExportPost},
  {kPost, "/v1/check", Scope::kGenerate,
   "Safety report of a given post against a source: claims, verdicts, evidence, policy hits "
   "(runs on the worker pool: a post over 1 MiB is 413, a full queue 429, past the deadline 504)",
   "CheckRequest", "SafetyReport", 200, kJson, CheckPost},
  {kPost, "/v1/batches", Scope::kGenerate, "Queue one generation per source",
   "BatchRequest", "Batch", 202, kJson, CreateBatch},
  {kGet, "/v1/batches/{id}", Scope::kRead, "A batch and the state of each item",
   "", "Batch", 200, kJson, GetBatch},
  {kGet, "/v1/health", std::nullopt, "Liveness, active writer tier, providers, queue depth",
   "", "Health", 200, kJson, GetHealth},
  {kGet, "/metrics", Scope::kRead, "Prometheus metrics", "", "", 200,
   "text/plain; version=0.0.4", GetMetrics},
  {kGet, "/v1/metrics/series", Scope::kRead,
   "Quality, safety confidence and time of the newest generations (?limit=1..2000, default 200), "
   "oldest first, with drift episodes against their baseline and the newest day's alerts",
   "", "MetricsSeries", 200, kJson, GetMetricsSeries},
  {kGet, "/openapi.json", std::nullopt, "This description", "", "", 200, kJson, GetOpenApi},
  {kGet, "/", std::nullopt, "The web UI", "", "", 200, "text/html", GetWebAsset},
  {kGet, "/assets/{file}", std::nullopt, "Web UI assets (scripts, styles, Chart.js)", "", "", 200,
   "application/octet-stream", GetWebAsset},
};
// clang-format on

}  // namespace

std::span<const Route> Routes() { return kRoutes; }

}  // namespace repopost::server
