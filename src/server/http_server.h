// HttpServer: the adapter around the HTTP library (cpp-httplib). It accepts connections on a
// thread pool, turns each request into an HttpRequest, hands it to one dispatcher (the router)
// and writes the HttpResponse back, streaming server-sent events when the response asks for it.
//
//   HttpServer http(limits, [&](HttpRequest& r) { return router.Dispatch(r); });
//   auto port = http.Bind("127.0.0.1", 0);   // 0 = any free port
//   std::thread t([&] { http.Run(); });      // blocks until Stop()
//   http.Stop();                             // in-flight requests finish first
//
// Thread-safety: Bind, Run and Stop may be called from different threads; the dispatcher is
// called concurrently from the pool and must be thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "core/result.h"
#include "server/http_types.h"

namespace repopost::server {

struct HttpServerLimits {
  std::size_t max_body_bytes = 2 << 20;  // larger bodies get 413 before the handler runs
  std::chrono::seconds read_timeout{10};
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds keep_alive_timeout{5};
  int threads = 16;  // HTTP connection threads (long work runs on the worker pool, not here)
};

class HttpServer {
 public:
  using Dispatcher = std::function<HttpResponse(HttpRequest&)>;
  // Renders an HTTP-level failure (413 before a handler ran, unknown method) as a response.
  using ErrorRenderer = std::function<HttpResponse(int status, const std::string& detail)>;

  HttpServer(HttpServerLimits limits, Dispatcher dispatcher, ErrorRenderer errors);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds the listening socket; returns the port (the chosen one when `port` is 0).
  core::Result<int> Bind(const std::string& host, int port);
  // Serves until Stop(); returns after every in-flight request has finished.
  core::Status Run();
  // Stops accepting; safe from any thread (not from a signal handler).
  void Stop();
  bool IsRunning() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace repopost::server
