// HttpServer: the adapter around the HTTP library (cpp-httplib). It accepts connections on a
// thread pool (one thread per open connection, within HttpServerLimits; the connection loop and
// its deadlines are ours, request parsing is the library's), turns each request into an
// HttpRequest, hands it to one dispatcher (the router) and writes the HttpResponse back,
// streaming server-sent events when the response asks for it.
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

// What one client may cost. Each open connection holds one connection thread, so the deadlines
// bound how long a slow client (slowloris) holds it and the connection caps bound how many it can
// hold; over a cap the connection is answered 503 and closed before anything is read.
struct HttpServerLimits {
  std::size_t max_body_bytes = 2 << 20;  // larger bodies get 413 before the handler runs
  // The request line and headers must arrive within this, counted from the accept for a new
  // connection and from the first byte for a keep-alive request; else 408 and close.
  std::chrono::milliseconds header_timeout{10'000};
  // The whole body must arrive within this, counted from the end of the headers; else 408.
  std::chrono::milliseconds body_timeout{30'000};
  std::chrono::milliseconds read_timeout{10'000};   // a read with no byte for this long fails
  std::chrono::milliseconds write_timeout{30'000};  // a write with no progress for this long fails
  std::chrono::milliseconds keep_alive_timeout{5'000};  // idle time between requests
  std::size_t max_connections = 128;                    // open at once, in total
  std::size_t max_connections_per_address = 32;         // open at once from one client address
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
