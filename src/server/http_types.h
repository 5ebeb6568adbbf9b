// HttpRequest / HttpResponse: the server's own view of one HTTP exchange, so that only
// http_server.cpp knows the HTTP library. Handlers read a request and return a response; a
// streaming response (server-sent events) carries a producer that writes events to a sink.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace repopost::server {

enum class HttpMethod { kGet, kPost };
std::string_view ToString(HttpMethod method);

struct HttpRequest {
  HttpMethod method = HttpMethod::kGet;
  std::string method_name = "GET";                 // as sent; routes answer 405 to others
  std::string path;                                // without the query string
  std::map<std::string, std::string> path_params;  // {id} segments of the route pattern
  std::multimap<std::string, std::string> query;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string remote_address;

  std::string Header(std::string_view name) const;  // "" when absent; `name` lower-case
  std::optional<std::string> Query(std::string_view name) const;
  // The query parameter as an integer in [min, max]; `fallback` when absent; kUsage otherwise.
  core::Result<int> QueryInt(std::string_view name, int fallback, int min, int max) const;
  std::string PathParam(std::string_view name) const;
};

// Where a streaming handler writes server-sent events. Send returns false once the client has
// gone away; the producer should then stop. Called from one thread only.
class EventSink {
 public:
  virtual ~EventSink() = default;
  virtual bool Send(std::string_view event, std::string_view data) = 0;
  // False once the client is known to have gone away (closed its connection), without sending
  // anything: a producer waiting for its next event polls this to stop early.
  virtual bool IsOpen() { return true; }
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // When set, the response is `text/event-stream` and the producer writes its events; `body` is
  // ignored. The producer runs on the HTTP thread and must return when the sink refuses.
  std::function<void(EventSink&)> stream;
};

}  // namespace repopost::server
