// Router: the one path from an HttpRequest to a handler. In order: match a route of the table
// (404/405), authenticate (401) and check the scope (403), take a rate-limit token for the key and
// for the client address (429 + Retry-After), call the handler inside the request's exception
// boundary (500), then add the security headers (CSP, nosniff, no framing) and CORS when
// configured. Records each request in RequestMetrics by route pattern.
//
// Thread-safe.
#pragma once

#include <string>

#include "server/api_context.h"
#include "server/api_key_auth.h"
#include "server/http_types.h"
#include "server/rate_limiter.h"

namespace repopost::server {

class Router {
 public:
  Router(ApiContext& context, const ApiKeyAuth& auth, RateLimiter& per_key,
         RateLimiter& per_address, std::string cors_origin);

  HttpResponse Dispatch(HttpRequest& request);

 private:
  HttpResponse Guarded(HttpRequest& request, std::string& route_name);
  void AddSecurityHeaders(HttpResponse& response) const;

  ApiContext& context_;
  const ApiKeyAuth& auth_;
  RateLimiter& per_key_;
  RateLimiter& per_address_;
  std::string cors_origin_;
};

}  // namespace repopost::server
