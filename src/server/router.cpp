#include "server/router.h"

#include <chrono>
#include <exception>

#include "server/problem.h"
#include "server/route_table.h"
#include "text/utf8.h"

namespace repopost::server {
namespace {

// Splits "/v1/posts/abc" into segments and matches "{name}" pattern segments.
bool Match(std::string_view pattern, std::string_view path,
           std::map<std::string, std::string>& params) {
  params.clear();
  while (true) {
    if (pattern.empty() || path.empty()) return pattern.empty() && path.empty();
    if (pattern.front() != '/' || path.front() != '/') return false;
    pattern.remove_prefix(1);
    path.remove_prefix(1);
    const auto pe = pattern.find('/');
    const auto se = path.find('/');
    std::string_view pseg = pattern.substr(0, pe);
    std::string_view sseg = path.substr(0, se);
    if (pseg.size() > 2 && pseg.front() == '{' && pseg.back() == '}') {
      if (sseg.empty()) return false;
      params[std::string(pseg.substr(1, pseg.size() - 2))] = std::string(sseg);
    } else if (pseg != sseg) {
      return false;
    }
    pattern = pe == std::string_view::npos ? std::string_view() : pattern.substr(pe);
    path = se == std::string_view::npos ? std::string_view() : path.substr(se);
  }
}

// True when the decoded path and every query name and value are valid UTF-8: anything else is a
// client error (and would make the problem document, which echoes the path, unrenderable).
bool IsDecodableUrl(const HttpRequest& request) {
  if (!text::IsValidUtf8(request.path)) return false;
  for (const auto& [name, value] : request.query) {
    if (!text::IsValidUtf8(name) || !text::IsValidUtf8(value)) return false;
  }
  return true;
}

}  // namespace

Router::Router(ApiContext& context, const ApiKeyAuth& auth, RateLimiter& per_key,
               RateLimiter& per_address, std::string cors_origin)
    : context_(context),
      auth_(auth),
      per_key_(per_key),
      per_address_(per_address),
      cors_origin_(std::move(cors_origin)) {}

HttpResponse Router::Dispatch(HttpRequest& request) {
  const auto started = std::chrono::steady_clock::now();
  std::string route_name = "unmatched";
  HttpResponse response;
  try {
    response = IsDecodableUrl(request)
                   ? Guarded(request, route_name)
                   : ProblemResponse(400, "The URL path or query is not valid UTF-8.", "");
  } catch (const std::exception&) {
    response = ProblemResponse(500, "The server failed while handling the request.", request.path);
  }
  AddSecurityHeaders(response);
  context_.metrics.Record(route_name, response.status,
                          std::chrono::duration_cast<std::chrono::microseconds>(
                              std::chrono::steady_clock::now() - started));
  return response;
}

HttpResponse Router::Guarded(HttpRequest& request, std::string& route_name) {
  const Route* found = nullptr;
  bool path_known = false;
  for (const Route& route : Routes()) {
    std::map<std::string, std::string> params;
    if (!Match(route.pattern, request.path, params)) continue;
    path_known = true;
    if (ToString(route.method) != request.method_name) continue;
    found = &route;
    request.path_params = std::move(params);
    break;
  }
  if (!found) {
    if (path_known) {
      return ProblemResponse(405, "This path does not accept " + request.method_name + ".",
                             request.path);
    }
    return ProblemResponse(404, "No route matches " + request.path + ".", request.path);
  }
  route_name = std::string(found->pattern);
  if (auto limited = per_address_.Take("addr:" + request.remote_address)) {
    return ProblemResponse({core::ErrorCode::kRateLimited, "Too many requests from this address."},
                           request.path, *limited);
  }
  Caller caller;
  if (found->scope) {
    auto authenticated =
        auth_.Authenticate(request.Header("authorization"), request.Header("x-api-key"));
    if (!authenticated) {
      HttpResponse denied = ProblemResponse(authenticated.error(), request.path);
      denied.headers.emplace_back("WWW-Authenticate", "Bearer");
      return denied;
    }
    caller = *authenticated;
    if (!caller.Allows(*found->scope)) {
      return ProblemResponse(
          {core::ErrorCode::kForbidden,
           "This API key lacks the \"" + std::string(ToString(*found->scope)) + "\" scope."},
          request.path);
    }
    if (caller.authenticated) {
      if (auto limited = per_key_.Take("key:" + caller.id)) {
        return ProblemResponse({core::ErrorCode::kRateLimited, "Too many requests for this key."},
                               request.path, *limited);
      }
    }
  }
  if (found->method == HttpMethod::kPost && !found->request_schema.empty()) {
    const std::string type = request.Header("content-type");
    if (type.rfind("application/json", 0) != 0) {
      return ProblemResponse(415, "Send the body as application/json.", request.path);
    }
  }
  return found->handler(context_, request, caller);
}

void Router::AddSecurityHeaders(HttpResponse& response) const {
  auto& h = response.headers;
  h.emplace_back("Content-Security-Policy",
                 "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                 "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                 "form-action 'self'");
  h.emplace_back("X-Content-Type-Options", "nosniff");
  h.emplace_back("X-Frame-Options", "DENY");
  h.emplace_back("Referrer-Policy", "no-referrer");
  if (!cors_origin_.empty()) {
    h.emplace_back("Access-Control-Allow-Origin", cors_origin_);
    h.emplace_back("Vary", "Origin");
  }
}

}  // namespace repopost::server
