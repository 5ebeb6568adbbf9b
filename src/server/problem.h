// Problem: the one place where an error becomes an HTTP response (RFC 9457
// application/problem+json). The status comes from core::HttpStatusFor; 429 carries Retry-After.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "core/error.h"
#include "server/http_types.h"

namespace repopost::server {

// `retry_after` is sent for rate limits and a full worker queue.
HttpResponse ProblemResponse(const core::Error& error, const std::string& instance,
                             std::optional<std::chrono::seconds> retry_after = std::nullopt);

// For statuses the router decides itself (404 no route, 405 wrong method) or the HTTP library
// reports (413 before a handler ran).
HttpResponse ProblemResponse(int status, const std::string& detail, const std::string& instance);

}  // namespace repopost::server
