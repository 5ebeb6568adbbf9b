// The only file that includes httplib.h (STYLE.md habit 6).
#include "server/http_server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <exception>

#include "server/connection_limiter.h"
#include "server/connection_socket.h"

namespace repopost::server {
namespace {

using Clock = ConnectionSocket::Clock;

// Requests one connection may send before the server closes it.
constexpr std::size_t kMaxRequestsPerConnection = 100;
// Connection threads beyond max_connections, so a connection over a cap is refused at once.
constexpr std::size_t kRefusalThreads = 4;

// The connection the current thread serves (set by GuardedServer for the request's duration), so
// handlers can move its deadline from headers to body and tell an expired read from a bad one.
thread_local ConnectionSocket* t_connection = nullptr;

// The library's view of our connection.
class SocketStream final : public httplib::Stream {
 public:
  explicit SocketStream(ConnectionSocket& socket) : socket_(socket) {}
  bool is_readable() const override { return socket_.IsReadable(); }
  bool is_writable() const override { return socket_.IsWritable(); }
  ssize_t read(char* ptr, std::size_t size) override { return socket_.Read(ptr, size); }
  ssize_t write(const char* ptr, std::size_t size) override { return socket_.Write(ptr, size); }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = socket_.remote_address();
    port = socket_.remote_port();
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    socket_.LocalAddress(ip, port);
  }
  socket_t socket() const override { return socket_.fd(); }

 private:
  ConnectionSocket& socket_;
};

std::string_view ReasonPhrase(int status) {
  switch (status) {
    case 408:
      return "Request Timeout";
    case 503:
      return "Service Unavailable";
    default:
      return "Error";
  }
}

// A response written before (or instead of) the library's request parsing: a refused or timed-out
// connection. The status line and framing are the only HTTP this file writes itself.
void WriteBare(ConnectionSocket& socket, const HttpResponse& response) {
  std::string head = "HTTP/1.1 " + std::to_string(response.status) + " " +
                     std::string(ReasonPhrase(response.status)) + "\r\n";
  head += "Content-Type: " + response.content_type + "\r\n";
  head += "Content-Length: " + std::to_string(response.body.size()) + "\r\n";
  for (const auto& [name, value] : response.headers) head += name + ": " + value + "\r\n";
  head += "Connection: close\r\n\r\n";
  head += response.body;
  socket.Write(head.data(), head.size());
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Server-sent events framing (text/event-stream): one `event:` line, one `data:` line per line of
// the payload, a blank line. This is the one place SSE text is written.
class SseSink final : public EventSink {
 public:
  explicit SseSink(httplib::DataSink& sink) : sink_(sink) {}
  bool Send(std::string_view event, std::string_view data) override {
    std::string frame;
    if (!event.empty()) frame.append("event: ").append(event).append("\n");
    std::size_t start = 0;
    while (true) {
      std::size_t end = data.find('\n', start);
      frame.append("data: ").append(data.substr(start, end - start)).append("\n");
      if (end == std::string_view::npos) break;
      start = end + 1;
    }
    frame.append("\n");
    if (!sink_.is_writable()) return false;
    return sink_.write(frame.data(), frame.size());
  }
  bool IsOpen() override { return t_connection == nullptr || !t_connection->PeerClosed(); }

 private:
  httplib::DataSink& sink_;
};

HttpRequest ToRequest(const httplib::Request& in) {
  HttpRequest out;
  out.method = in.method == "POST" ? HttpMethod::kPost : HttpMethod::kGet;
  out.method_name = in.method;
  out.path = in.path;
  for (const auto& [k, v] : in.params) out.query.emplace(k, v);
  for (const auto& [k, v] : in.headers) out.headers[Lower(k)] = v;
  out.body = in.body;
  out.remote_address = in.remote_addr;
  return out;
}

void WriteResponse(HttpResponse response, httplib::Response& out) {
  out.status = response.status;
  for (const auto& [k, v] : response.headers) out.set_header(k, v);
  if (response.stream) {
    out.set_header("Cache-Control", "no-cache");
    auto producer = std::make_shared<std::function<void(EventSink&)>>(std::move(response.stream));
    out.set_chunked_content_provider("text/event-stream",
                                     [producer](std::size_t, httplib::DataSink& sink) {
                                       SseSink sse(sink);
                                       (*producer)(sse);
                                       sink.done();
                                       return true;
                                     });
    return;
  }
  out.set_content(response.body, response.content_type);
}

// The library's server with our connection loop: admission against the connection caps, the
// header and body deadlines, the keep-alive idle limit. Overrides the library's (private virtual)
// per-connection function; request parsing and routing stay the library's (process_request).
class GuardedServer final : public httplib::Server {
 public:
  GuardedServer(const HttpServerLimits& limits, const HttpServer::ErrorRenderer& errors)
      : limits_(limits),
        errors_(errors),
        limiter_({limits.max_connections, limits.max_connections_per_address}) {}

 private:
  bool process_and_close_socket(socket_t sock) override {
    const bool ok = Serve(sock);
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
  }

  bool Serve(socket_t sock) {
    ConnectionSocket socket(sock, limits_.read_timeout, limits_.write_timeout);
    auto ticket = limiter_.Admit(socket.remote_address());
    if (!ticket) {
      HttpResponse refused =
          errors_(503, "The server has too many open connections; retry shortly.");
      refused.headers.emplace_back("Retry-After", "1");
      WriteBare(socket, refused);
      return false;
    }
    int yes = 1;
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
    SocketStream stream(socket);
    t_connection = &socket;
    const auto stopping = [this] { return svr_sock_ == INVALID_SOCKET; };
    bool ok = false;
    for (std::size_t served = 0; served < kMaxRequestsPerConnection; ++served) {
      if (served == 0) {
        socket.SetDeadline(Clock::now() + limits_.header_timeout);
        if (!socket.WaitForRequest(limits_.header_timeout, stopping)) break;
      } else {
        socket.SetDeadline(Clock::time_point::max());
        if (!socket.WaitForRequest(limits_.keep_alive_timeout, stopping)) break;
        socket.SetDeadline(Clock::now() + limits_.header_timeout);
      }
      bool closed = false;
      const bool last = served + 1 == kMaxRequestsPerConnection || stopping();
      ok = process_request(stream, last, closed, nullptr);
      if (!ok && socket.HasExpired()) {  // the request line never completed
        WriteBare(socket, errors_(408, "The request did not arrive in time."));
      }
      if (!ok || closed || socket.HasExpired()) break;
    }
    t_connection = nullptr;
    return ok;
  }

  const HttpServerLimits& limits_;
  const HttpServer::ErrorRenderer& errors_;
  ConnectionLimiter limiter_;
};

// The body's deadline starts when the headers are in (a handler runs).
void StartBody(const HttpServerLimits& limits) {
  if (t_connection != nullptr) t_connection->SetDeadline(Clock::now() + limits.body_timeout);
}

bool HasExpired() { return t_connection != nullptr && t_connection->HasExpired(); }

}  // namespace

std::string_view ToString(HttpMethod method) {
  switch (method) {
    case HttpMethod::kGet:
      return "GET";
    case HttpMethod::kPost:
      return "POST";
  }
  return "GET";
}

struct HttpServer::Impl {
  HttpServerLimits limits;
  Dispatcher dispatcher;
  ErrorRenderer errors;
  std::unique_ptr<GuardedServer> guarded;
  httplib::Server& server() { return *guarded; }
};

HttpServer::HttpServer(HttpServerLimits limits, Dispatcher dispatcher, ErrorRenderer errors)
    : impl_(std::make_unique<Impl>()) {
  impl_->limits = limits;
  impl_->dispatcher = std::move(dispatcher);
  impl_->errors = std::move(errors);
  impl_->guarded = std::make_unique<GuardedServer>(impl_->limits, impl_->errors);
  auto& svr = impl_->server();
  svr.set_payload_max_length(limits.max_body_bytes);
  const std::size_t threads = std::max<std::size_t>(1, limits.max_connections) + kRefusalThreads;
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

  // SO_REUSEADDR only: the library's default adds SO_REUSEPORT, with which a second server on
  // a busy port starts and silently shares it.
  svr.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });

  Impl* impl = impl_.get();
  auto handle = [impl](const httplib::Request& req, httplib::Response& res) {
    StartBody(impl->limits);
    HttpRequest request = ToRequest(req);
    WriteResponse(impl->dispatcher(request), res);
  };
  // Bodies are read here, through the library's content reader, so the cap holds for every
  // framing: the library enforces payload_max_length only for Content-Length bodies and would
  // buffer a chunked body of any size before a handler (or authentication) ran.
  auto handle_with_body = [impl](const httplib::Request& req, httplib::Response& res,
                                 const httplib::ContentReader& read) {
    StartBody(impl->limits);
    std::string body;
    bool is_too_large = false;
    const bool complete = read([&](const char* data, std::size_t size) {
      if (body.size() + size > impl->limits.max_body_bytes) {
        is_too_large = true;
        return false;
      }
      body.append(data, size);
      return true;
    });
    if (!complete || is_too_large) {
      const bool over = is_too_large || res.status == 413;
      const bool late = !over && HasExpired();
      WriteResponse(over ? impl->errors(413, "The request body is larger than the server accepts.")
                    : late ? impl->errors(408, "The request body did not arrive in time.")
                           : impl->errors(400, "The request body could not be read."),
                    res);
      res.set_header("Connection", "close");  // the rest of the body is never read
      return;
    }
    HttpRequest request = ToRequest(req);
    request.body = std::move(body);
    WriteResponse(impl->dispatcher(request), res);
  };
  // The library picks the content-reader handler when a body is expected, the plain one else.
  for (const char* pattern : {".*"}) {
    svr.Get(pattern, handle);
    svr.Options(pattern, handle);
    svr.Post(pattern, handle_with_body);
    svr.Post(pattern, handle);
    svr.Put(pattern, handle_with_body);
    svr.Put(pattern, handle);
    svr.Patch(pattern, handle_with_body);
    svr.Patch(pattern, handle);
    svr.Delete(pattern, handle_with_body);
    svr.Delete(pattern, handle);
  }
  // Failures the library detects before any handler runs (413 body too large, 400 bad request
  // line, 408 headers past their deadline) still leave as problem+json.
  svr.set_error_handler(httplib::Server::HandlerWithResponse([impl](const httplib::Request&,
                                                                    httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    if (HasExpired()) {  // the headers did not arrive before their deadline
      WriteResponse(impl->errors(408, "The request headers did not arrive in time."), res);
      res.set_header("Connection", "close");
      return httplib::Server::HandlerResponse::Handled;
    }
    std::string detail = res.status == 413 ? "The request body is larger than the server accepts."
                                           : "The request could not be processed.";
    WriteResponse(impl->errors(res.status, detail), res);
    return httplib::Server::HandlerResponse::Handled;
  }));
  svr.set_exception_handler(
      [impl](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        WriteResponse(impl->errors(500, "The server failed while handling the request."), res);
      });
}

HttpServer::~HttpServer() { Stop(); }

core::Result<int> HttpServer::Bind(const std::string& host, int port) {
  if (port == 0) {
    int chosen = impl_->server().bind_to_any_port(host);
    if (chosen <= 0) return core::Fail(core::ErrorCode::kInput, "Could not bind to " + host + ".");
    return chosen;
  }
  if (!impl_->server().bind_to_port(host, port)) {
    return core::Fail(
        core::ErrorCode::kInput,
        "Could not bind to " + host + ":" + std::to_string(port) + " (in use or not permitted).");
  }
  return port;
}

core::Status HttpServer::Run() {
  if (!impl_->server().listen_after_bind()) {
    return core::Fail(core::ErrorCode::kInternal, "The HTTP server stopped with an error.");
  }
  return core::Ok();
}

void HttpServer::Stop() {
  if (impl_) impl_->server().stop();
}

bool HttpServer::IsRunning() const { return impl_->server().is_running(); }

}  // namespace repopost::server
