#include "server/http_types.h"

#include <charconv>

namespace repopost::server {

std::string HttpRequest::Header(std::string_view name) const {
  auto it = headers.find(std::string(name));
  return it == headers.end() ? std::string() : it->second;
}

std::optional<std::string> HttpRequest::Query(std::string_view name) const {
  auto it = query.find(std::string(name));
  if (it == query.end()) return std::nullopt;
  return it->second;
}

core::Result<int> HttpRequest::QueryInt(std::string_view name, int fallback, int min,
                                        int max) const {
  auto text = Query(name);
  if (!text) return fallback;
  int value = 0;
  const char* end = text->data() + text->size();
  auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (ec != std::errc() || ptr != end || value < min || value > max) {
    return core::Fail(core::ErrorCode::kUsage,
                      "Query parameter \"" + std::string(name) + "\" must be an integer from " +
                          std::to_string(min) + " to " + std::to_string(max) + ".");
  }
  return value;
}

std::string HttpRequest::PathParam(std::string_view name) const {
  auto it = path_params.find(std::string(name));
  return it == path_params.end() ? std::string() : it->second;
}

}  // namespace repopost::server
