#include "server/problem.h"

#include <nlohmann/json.hpp>

namespace repopost::server {
namespace {

std::string TitleFor(int status) {
  switch (status) {
    case 400:
      return "Bad request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not found";
    case 405:
      return "Method not allowed";
    case 409:
      return "Conflict";
    case 413:
      return "Payload too large";
    case 415:
      return "Unsupported media type";
    case 422:
      return "Unprocessable input";
    case 429:
      return "Too many requests";
    case 502:
      return "Provider failed";
    case 503:
      return "Service unavailable";
    case 504:
      return "Timed out";
    default:
      return status >= 500 ? "Internal error" : "Request failed";
  }
}

HttpResponse Render(int status, std::string_view code, const std::string& detail,
                    const std::string& instance) {
  nlohmann::json body = {
      {"type", "https://repopost.dev/problems/" + std::string(code)},
      {"title", TitleFor(status)},
      {"status", status},
      {"detail", detail},
      {"instance", instance},
      {"code", code},
  };
  HttpResponse response;
  response.status = status;
  response.content_type = "application/problem+json";
  response.body = body.dump();
  return response;
}

std::string_view CodeForStatus(int status) {
  switch (status) {
    case 404:
      return "not-found";
    case 405:
      return "method-not-allowed";
    case 413:
      return "too-large";
    case 415:
      return "unsupported-media-type";
    case 503:
      return "unavailable";
    default:
      return status >= 500 ? "internal" : "usage";
  }
}

}  // namespace

HttpResponse ProblemResponse(const core::Error& error, const std::string& instance,
                             std::optional<std::chrono::seconds> retry_after) {
  const int status = core::HttpStatusFor(error.code);
  // Internal errors never expose their message: it may carry paths or library text.
  const std::string detail = error.code == core::ErrorCode::kInternal
                                 ? "The server failed while handling the request."
                                 : error.message;
  HttpResponse response = Render(status, core::ToString(error.code), detail, instance);
  if (retry_after) {
    response.headers.emplace_back("Retry-After", std::to_string(retry_after->count()));
  } else if (status == 429) {
    response.headers.emplace_back("Retry-After", "1");
  }
  return response;
}

HttpResponse ProblemResponse(int status, const std::string& detail, const std::string& instance) {
  return Render(status, CodeForStatus(status), detail, instance);
}

}  // namespace repopost::server
