#include "fake_llm_server/fake_llm_server.h"

#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/enum_table.h"

namespace repopost::fake {
namespace {

using nlohmann::json;
using std::chrono::milliseconds;

constexpr core::EnumTable<FakeReplyKind, 6> kKinds{
    {{{FakeReplyKind::kAnswer, "answer"},
      {FakeReplyKind::kStatus, "status"},
      {FakeReplyKind::kHang, "hang"},
      {FakeReplyKind::kDrop, "drop"},
      {FakeReplyKind::kMalformedJson, "malformed_json"},
      {FakeReplyKind::kContextLength, "context_length"}}}};

// Splits text into stream pieces: each word keeps the space before it.
std::vector<std::string> Pieces(const std::string& text) {
  std::vector<std::string> pieces;
  std::string current;
  for (char c : text) {
    if (c == ' ' && !current.empty() && current.back() != ' ') {
      pieces.push_back(current);
      current.clear();
    }
    current += c;
  }
  if (!current.empty()) pieces.push_back(current);
  return pieces;
}

int CountWords(const std::string& text) {
  std::istringstream in(text);
  std::string word;
  int count = 0;
  while (in >> word) ++count;
  return count;
}

json ErrorBody(const std::string& message, const std::string& type, const std::string& code) {
  json error = {{"message", message}, {"type", type}};
  if (!code.empty()) error["code"] = code;
  return {{"error", error}};
}

}  // namespace

std::string_view ToString(FakeReplyKind value) { return kKinds.Name(value); }

core::Result<FakeReplyKind> ParseFakeReplyKind(std::string_view text) {
  if (auto kind = kKinds.Find(text)) return *kind;
  return core::Fail(core::ErrorCode::kInput, "unknown fake reply kind \"" + std::string(text) +
                                                 "\" (expected " + kKinds.Choices() + ")");
}

class FakeLlmServer::Impl {
 public:
  httplib::Server server;
  std::thread thread;
  mutable std::mutex mutex;
  std::condition_variable stopped_cv;
  std::atomic<bool> stopping{false};
  std::deque<FakeReply> queue;
  FakeReply default_reply;
  bool reject_json_schema = false;
  bool reject_strict = false;
  int models_status = 200;
  std::vector<RecordedRequest> requests;

  // Sleeps `duration` unless the server stops first; false when stopping.
  bool Pause(std::chrono::microseconds duration) {
    if (duration.count() <= 0) return !stopping;
    std::unique_lock<std::mutex> lock(mutex);
    return !stopped_cv.wait_for(lock, duration, [&] { return stopping.load(); });
  }

  void Install() {
    server.Get("/v1/models", [this](const httplib::Request& req, httplib::Response& res) {
      Record(req, nullptr, "");
      int status;
      {
        std::lock_guard<std::mutex> lock(mutex);
        status = models_status;
      }
      res.status = status;
      json body = status == 200 ? json{{"object", "list"},
                                       {"data", {{{"id", "fake-model"}, {"object", "model"}}}}}
                                : ErrorBody("models unavailable", "server_error", "");
      res.set_content(body.dump(), "application/json");
    });
    server.Post("/v1/chat/completions",
                [this](const httplib::Request& req, httplib::Response& res) { Chat(req, res); });
  }

  void Record(const httplib::Request& req, const json* body, const std::string& reply) {
    RecordedRequest recorded;
    recorded.method = req.method;
    recorded.path = req.path;
    recorded.body = req.body;
    recorded.authorization = req.get_header_value("Authorization");
    recorded.response_format = "none";
    if (body != nullptr && body->is_object()) {
      recorded.model = body->value("model", "");
      recorded.stream = body->value("stream", false);
      if (auto format = body->find("response_format");
          format != body->end() && format->is_object()) {
        recorded.response_format = format->value("type", "none");
      }
    }
    recorded.reply = reply;
    std::lock_guard<std::mutex> lock(mutex);
    requests.push_back(std::move(recorded));
  }

  FakeReply Next(bool wants_schema, bool wants_strict) {
    std::lock_guard<std::mutex> lock(mutex);
    if (wants_strict && reject_strict) {
      FakeReply reject = FakeReply::Status(400);
      reject.content = "response_format.json_schema.strict is not supported";
      return reject;
    }
    if (wants_schema && reject_json_schema) {
      FakeReply reject = FakeReply::Status(400);
      reject.content = "response_format json_schema is not supported by this model";
      return reject;
    }
    if (queue.empty()) return default_reply;
    FakeReply reply = std::move(queue.front());
    queue.pop_front();
    return reply;
  }

  void Chat(const httplib::Request& req, httplib::Response& res) {
    json body = json::parse(req.body, nullptr, false);
    bool wants_schema = !body.is_discarded() && body.is_object() &&
                        body.contains("response_format") && body["response_format"].is_object() &&
                        body["response_format"].value("type", "") == "json_schema";
    bool wants_strict = wants_schema && body["response_format"].contains("json_schema") &&
                        body["response_format"]["json_schema"].is_object() &&
                        body["response_format"]["json_schema"].value("strict", false);
    FakeReply reply = Next(wants_schema, wants_strict);
    Record(req, &body, std::string(ToString(reply.kind)));
    if (body.is_discarded() || !body.is_object()) {
      res.status = 400;
      res.set_content(ErrorBody("request body is not JSON", "invalid_request_error", "").dump(),
                      "application/json");
      return;
    }
    bool stream = body.value("stream", false);
    bool usage_in_stream = body.contains("stream_options");
    int input_tokens = reply.input_tokens.value_or(CountWords(req.body));
    if (!Pause(reply.latency)) return;
    switch (reply.kind) {
      case FakeReplyKind::kStatus: {
        res.status = reply.status;
        if (!reply.retry_after.empty()) res.set_header("Retry-After", reply.retry_after);
        std::string message =
            reply.status == 400 ? reply.content : "fake error " + std::to_string(reply.status);
        res.set_content(
            ErrorBody(message, reply.status >= 500 ? "server_error" : "invalid_request_error", "")
                .dump(),
            "application/json");
        return;
      }
      case FakeReplyKind::kContextLength:
        res.status = 400;
        res.set_content(ErrorBody("This model's maximum context length is 8192 tokens. However, "
                                  "your messages resulted in 9000 tokens.",
                                  "invalid_request_error", "context_length_exceeded")
                            .dump(),
                        "application/json");
        return;
      case FakeReplyKind::kHang:
        if (!Pause(reply.hang)) return;
        break;
      default:
        break;
    }
    if (stream) {
      Stream(reply, input_tokens, usage_in_stream, res);
    } else {
      Whole(reply, input_tokens, res);
    }
  }

  json Usage(const FakeReply& reply, int input_tokens, int pieces) const {
    return {{"prompt_tokens", input_tokens},
            {"completion_tokens", reply.output_tokens.value_or(pieces)},
            {"total_tokens", input_tokens + reply.output_tokens.value_or(pieces)}};
  }

  void Whole(const FakeReply& reply, int input_tokens, httplib::Response& res) {
    std::vector<std::string> pieces = Pieces(reply.content);
    if (reply.tokens_per_second > 0) {
      if (!Pause(std::chrono::microseconds(
              static_cast<long long>(1'000'000.0 * pieces.size() / reply.tokens_per_second)))) {
        return;
      }
    }
    json body = {{"id", "chatcmpl-fake"},
                 {"object", "chat.completion"},
                 {"model", "fake-model"},
                 {"choices",
                  {{{"index", 0},
                    {"message", {{"role", "assistant"}, {"content", reply.content}}},
                    {"finish_reason", reply.finish_reason}}}},
                 {"usage", Usage(reply, input_tokens, static_cast<int>(pieces.size()))}};
    std::string text = body.dump();
    if (reply.kind == FakeReplyKind::kMalformedJson)
      text = "{\"id\": \"chatcmpl-fake\", \"choices\": [";
    if (reply.kind != FakeReplyKind::kDrop) {
      res.set_content(text, "application/json");
      return;
    }
    auto shared = std::make_shared<std::string>(std::move(text));
    res.set_content_provider(shared->size(), "application/json",
                             [shared](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                               if (offset > 0) return false;  // drop after the first half
                               sink.write(shared->data(), shared->size() / 2);
                               return true;
                             });
  }

  void Stream(const FakeReply& reply, int input_tokens, bool usage_in_stream,
              httplib::Response& res) {
    auto pieces = std::make_shared<std::vector<std::string>>(Pieces(reply.content));
    res.set_header("Cache-Control", "no-cache");
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, reply, input_tokens, usage_in_stream, pieces](std::size_t, httplib::DataSink& sink) {
          auto event = [&](const json& payload) {
            std::string line = "data: " + payload.dump() + "\n\n";
            return sink.write(line.data(), line.size());
          };
          auto chunk = [&](json delta, json finish) {
            return json{{"id", "chatcmpl-fake"},
                        {"object", "chat.completion.chunk"},
                        {"model", "fake-model"},
                        {"choices", {{{"index", 0}, {"delta", delta}, {"finish_reason", finish}}}}};
          };
          if (reply.kind == FakeReplyKind::kMalformedJson) {
            std::string line = "data: {\"choices\": [{\"delta\": \n\n";
            sink.write(line.data(), line.size());
            sink.done();
            return true;
          }
          event(chunk({{"role", "assistant"}, {"content", ""}}, nullptr));
          std::chrono::microseconds gap(
              reply.tokens_per_second > 0
                  ? static_cast<long long>(1'000'000.0 / reply.tokens_per_second)
                  : 0);
          std::size_t stop_at = reply.kind == FakeReplyKind::kDrop
                                    ? std::max<std::size_t>(1, pieces->size() / 2)
                                    : pieces->size();
          for (std::size_t i = 0; i < stop_at; ++i) {
            if (i > 0 && !Pause(gap)) return false;
            if (!event(chunk({{"content", (*pieces)[i]}}, nullptr))) return false;
          }
          if (reply.kind == FakeReplyKind::kDrop) return false;  // closes the connection
          event(chunk(json::object(), reply.finish_reason));
          if (usage_in_stream) {
            event({{"id", "chatcmpl-fake"},
                   {"object", "chat.completion.chunk"},
                   {"model", "fake-model"},
                   {"choices", json::array()},
                   {"usage", Usage(reply, input_tokens, static_cast<int>(pieces->size()))}});
          }
          std::string done = "data: [DONE]\n\n";
          sink.write(done.data(), done.size());
          sink.done();
          return true;
        });
  }
};

FakeLlmServer::FakeLlmServer(int port) : impl_(std::make_unique<Impl>()) {
  impl_->Install();
  // httplib's keep-alive wait ignores stop(); a zero timeout keeps back-to-back requests on one
  // connection (the next one arrives within the 10 ms poll) while letting Stop() return at once.
  impl_->server.set_keep_alive_timeout(0);
  if (port == 0) {
    port_ = impl_->server.bind_to_any_port("127.0.0.1");
  } else if (impl_->server.bind_to_port("127.0.0.1", port)) {
    port_ = port;
  }
  if (port_ <= 0) throw std::runtime_error("the fake LLM server could not bind 127.0.0.1");
  impl_->thread = std::thread([this] { impl_->server.listen_after_bind(); });
  while (!impl_->server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

FakeLlmServer::~FakeLlmServer() { Stop(); }

std::string FakeLlmServer::base_url() const {
  return "http://127.0.0.1:" + std::to_string(port_) + "/v1";
}

void FakeLlmServer::Enqueue(FakeReply reply) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->queue.push_back(std::move(reply));
}

void FakeLlmServer::SetDefault(FakeReply reply) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->default_reply = std::move(reply);
}

void FakeLlmServer::SetRejectStrict(bool reject) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->reject_strict = reject;
}

void FakeLlmServer::SetRejectJsonSchema(bool reject) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->reject_json_schema = reject;
}

void FakeLlmServer::SetModelsStatus(int status) {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  impl_->models_status = status;
}

std::vector<RecordedRequest> FakeLlmServer::Requests() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->requests;
}

std::size_t FakeLlmServer::ChatRequestCount() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  std::size_t count = 0;
  for (const RecordedRequest& request : impl_->requests) count += request.method == "POST";
  return count;
}

void FakeLlmServer::Stop() {
  {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    impl_->stopping = true;
  }
  impl_->stopped_cv.notify_all();
  impl_->server.stop();
  if (impl_->thread.joinable()) impl_->thread.join();
}

}  // namespace repopost::fake
