// The only file that includes httplib.h (STYLE.md habit 6).
#include "server/http_server.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <exception>

namespace repopost::server {
namespace {

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
  httplib::Server server;
  HttpServerLimits limits;
  Dispatcher dispatcher;
  ErrorRenderer errors;
};

HttpServer::HttpServer(HttpServerLimits limits, Dispatcher dispatcher, ErrorRenderer errors)
    : impl_(std::make_unique<Impl>()) {
  impl_->limits = limits;
  impl_->dispatcher = std::move(dispatcher);
  impl_->errors = std::move(errors);
  auto& svr = impl_->server;
  svr.set_payload_max_length(limits.max_body_bytes);
  svr.set_read_timeout(limits.read_timeout);
  svr.set_write_timeout(limits.write_timeout);
  svr.set_keep_alive_timeout(limits.keep_alive_timeout.count());
  svr.set_tcp_nodelay(true);
  const int threads = std::max(1, limits.threads);
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };

  // SO_REUSEADDR only: the library's default adds SO_REUSEPORT, with which a second server on
  // a busy port starts and silently shares it.
  svr.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });

  Impl* impl = impl_.get();
  auto handle = [impl](const httplib::Request& req, httplib::Response& res) {
    HttpRequest request = ToRequest(req);
    WriteResponse(impl->dispatcher(request), res);
  };
  // Bodies are read here, through the library's content reader, so the cap holds for every
  // framing: the library enforces payload_max_length only for Content-Length bodies and would
  // buffer a chunked body of any size before a handler (or authentication) ran.
  auto handle_with_body = [impl](const httplib::Request& req, httplib::Response& res,
                                 const httplib::ContentReader& read) {
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
      WriteResponse(impl->errors(over ? 413 : 400,
                                 over ? "The request body is larger than the server accepts."
                                      : "The request body could not be read."),
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
  // line) still leave as problem+json.
  svr.set_error_handler(httplib::Server::HandlerWithResponse([impl](const httplib::Request&,
                                                                    httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
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
    int chosen = impl_->server.bind_to_any_port(host);
    if (chosen <= 0) return core::Fail(core::ErrorCode::kInput, "Could not bind to " + host + ".");
    return chosen;
  }
  if (!impl_->server.bind_to_port(host, port)) {
    return core::Fail(
        core::ErrorCode::kInput,
        "Could not bind to " + host + ":" + std::to_string(port) + " (in use or not permitted).");
  }
  return port;
}

core::Status HttpServer::Run() {
  if (!impl_->server.listen_after_bind()) {
    return core::Fail(core::ErrorCode::kInternal, "The HTTP server stopped with an error.");
  }
  return core::Ok();
}

void HttpServer::Stop() {
  if (impl_) impl_->server.stop();
}

bool HttpServer::IsRunning() const { return impl_->server.is_running(); }

}  // namespace repopost::server
