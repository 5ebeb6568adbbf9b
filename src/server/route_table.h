// The route table: every HTTP route of DESIGN.md section 4 in one list, with the scope it needs,
// whether it changes state (audited, rate-limited as a write), and the schema names OpenAPI
// describes it with. The router dispatches from this table and /openapi.json is generated from it.
#pragma once

#include <span>
#include <string_view>

#include "server/api_context.h"
#include "server/api_key_auth.h"
#include "server/http_types.h"

namespace repopost::server {

using RouteHandler = HttpResponse (*)(ApiContext& context, const HttpRequest& request,
                                      const Caller& caller);

struct Route {
  HttpMethod method;
  std::string_view pattern;    // "/v1/posts/{id}"; {name} matches one path segment
  std::optional<Scope> scope;  // nullopt = public (UI assets, health)
  std::string_view summary;
  std::string_view request_schema;   // "" = no body; else a schema name (openapi.cpp)
  std::string_view response_schema;  // schema name of the success body
  int success_status;
  std::string_view response_type;  // media type of the success body
  RouteHandler handler;
};

std::span<const Route> Routes();

// Handlers, defined beside the routes they serve (post_endpoints.cpp, system_endpoints.cpp).
HttpResponse CreatePost(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse ListPosts(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse GetPost(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse ListVersions(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse RefinePost(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse DiffPost(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse AddFeedback(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse ExportPost(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse CheckPost(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse CreateBatch(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse GetBatch(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse GetHealth(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse GetMetrics(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse GetMetricsSeries(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse GetOpenApi(ApiContext&, const HttpRequest&, const Caller&);
HttpResponse GetWebAsset(ApiContext&, const HttpRequest&, const Caller&);

}  // namespace repopost::server
