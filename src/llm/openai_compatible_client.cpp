#include "llm/openai_compatible_client.h"

#include <algorithm>

#include "llm/curl_transport.h"
#include "llm/openai_wire.h"
#include "llm/retry_after.h"
#include "llm/sse_parser.h"
#include "llm/structured_output.h"

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;

const core::SystemClock kSystemClock;

milliseconds Since(const core::Clock& clock, std::chrono::steady_clock::time_point start) {
  return std::chrono::duration_cast<milliseconds>(clock.Monotonic() - start);
}

ResponseFormatKind Lower(ResponseFormatKind kind) {
  return kind == ResponseFormatKind::kJsonSchema ? ResponseFormatKind::kJsonObject
                                                 : ResponseFormatKind::kNone;
}

// Collects a streamed answer from SSE events; remembers the first decoding error.
struct StreamState {
  SseParser parser;
  ChatResponse response;
  std::string raw;  // kept while no event has been seen, for servers that ignore "stream"
  bool saw_event = false;
  bool saw_done = false;
  bool emitted = false;
  std::optional<LlmError> error;
};

}  // namespace

OpenAiCompatibleClient::OpenAiCompatibleClient(ClientConfig config, const core::Clock* clock)
    : config_(std::move(config)),
      clock_(clock != nullptr ? clock : &kSystemClock),
      format_ceiling_(static_cast<int>(ResponseFormatKind::kJsonSchema)) {}

std::vector<std::string> OpenAiCompatibleClient::Headers(bool stream) const {
  std::vector<std::string> headers = {"Content-Type: application/json"};
  headers.emplace_back(stream ? "Accept: text/event-stream" : "Accept: application/json");
  if (!config_.api_key.empty())
    headers.push_back("Authorization: Bearer " + config_.api_key.Reveal());
  return headers;
}

LlmResult<ChatResponse> OpenAiCompatibleClient::Complete(const ChatRequest& request,
                                                         const CallOptions& options) {
  auto wanted = request.response_format.kind;
  auto format = static_cast<ResponseFormatKind>(
      std::min(static_cast<int>(wanted), format_ceiling_.load(std::memory_order_relaxed)));
  while (true) {
    auto answer = Send(request, options, format);
    bool rejected_format = !answer && answer.error().status == LlmStatus::kBadRequest &&
                           !answer.error().tokens_emitted && format != ResponseFormatKind::kNone;
    if (!rejected_format) {
      if (answer && format != wanted) {
        format_ceiling_.store(static_cast<int>(format), std::memory_order_relaxed);
      }
      if (!answer) return answer;
      return Shape(std::move(*answer), request);
    }
    format = Lower(format);
  }
}

LlmResult<ChatResponse> OpenAiCompatibleClient::Shape(ChatResponse response,
                                                      const ChatRequest& request) const {
  const ResponseFormat& wanted = request.response_format;
  if (wanted.kind == ResponseFormatKind::kNone) return response;
  auto object = FindFirstJsonObject(response.content);
  if (!object) {
    return LlmFail(LlmStatus::kInvalidOutput, "the answer contains no JSON object");
  }
  response.content = std::move(*object);
  if (wanted.kind == ResponseFormatKind::kJsonSchema) {
    auto checked = CheckAgainstSchema(response.content, wanted.schema_json);
    if (!checked) return tl::unexpected(checked.error());
  }
  return response;
}

LlmResult<ChatResponse> OpenAiCompatibleClient::Send(const ChatRequest& request,
                                                     const CallOptions& options,
                                                     ResponseFormatKind format) {
  WireOptions wire{request.model.empty() ? config_.identity.model : request.model, format,
                   config_.request_stream_usage};
  auto body = EncodeChatRequest(request, wire);
  if (!body) return tl::unexpected(body.error());

  HttpRequest http;
  http.method = HttpRequest::Method::kPost;
  http.url = config_.identity.base_url + "/chat/completions";
  http.headers = Headers(request.stream);
  http.body = std::move(*body);
  http.connect_timeout = config_.connect_timeout;
  http.total_timeout = config_.total_timeout;
  http.cancel = options.cancel;

  const auto start = clock_->Monotonic();
  StreamState stream;
  stream.response.format_used = format;
  if (request.stream) {
    http.on_body = [&](std::string_view chunk) {
      if (!stream.saw_event && stream.raw.size() < (1u << 20)) stream.raw.append(chunk);
      stream.parser.Feed(chunk, [&](std::string_view data) {
        if (stream.error || stream.saw_done) return;
        stream.saw_event = true;
        auto delta = DecodeStreamEvent(data);
        if (!delta) {
          stream.error = delta.error();
          return;
        }
        if (delta->done) {
          stream.saw_done = true;
          return;
        }
        if (!delta->content.empty()) {
          if (!stream.response.time_to_first_token) {
            stream.response.time_to_first_token = Since(*clock_, start);
          }
          stream.response.content += delta->content;
          stream.emitted = true;
          if (options.on_token) options.on_token(delta->content);
        }
        if (delta->finish_reason) stream.response.finish_reason = *delta->finish_reason;
        if (delta->usage) stream.response.usage = *delta->usage;
        if (!delta->model.empty()) stream.response.model = delta->model;
      });
      return !stream.error.has_value();
    };
  }

  auto exchanged = CurlTransport::Perform(http);
  if (stream.error) {
    stream.error->tokens_emitted = stream.emitted;
    return tl::unexpected(*stream.error);
  }
  if (!exchanged) {
    exchanged.error().tokens_emitted = stream.emitted;
    return tl::unexpected(exchanged.error());
  }
  const HttpResponse& reply = *exchanged;
  if (reply.status < 200 || reply.status >= 300) {
    std::string message = DecodeErrorMessage(reply.body);
    LlmError error{
        StatusForHttp(reply.status, message), reply.status,
        config_.identity.name + " answered HTTP " + std::to_string(reply.status) + ": " + message,
        ParseRetryAfter(reply.retry_after, clock_->Now()), false};
    return tl::unexpected(error);
  }
  if (!request.stream) {
    auto decoded = DecodeChatResponse(reply.body);
    if (!decoded) return decoded;
    decoded->format_used = format;
    decoded->latency = Since(*clock_, start);
    return decoded;
  }
  stream.parser.Finish([&](std::string_view data) {
    if (!stream.saw_done && !stream.error) {
      if (auto delta = DecodeStreamEvent(data); delta && delta->done) stream.saw_done = true;
    }
  });
  if (!stream.saw_event) {  // the server ignored "stream": decode it as a whole answer
    auto decoded = DecodeChatResponse(stream.raw);
    if (!decoded) return decoded;
    if (options.on_token && !decoded->content.empty()) options.on_token(decoded->content);
    decoded->format_used = format;
    decoded->latency = Since(*clock_, start);
    decoded->time_to_first_token = decoded->latency;
    return decoded;
  }
  if (!stream.saw_done && stream.response.finish_reason == FinishReason::kUnknown) {
    LlmError error{LlmStatus::kConnectionDropped, reply.status,
                   "the stream ended before its last event", std::nullopt, stream.emitted};
    return tl::unexpected(error);
  }
  stream.response.latency = Since(*clock_, start);
  return std::move(stream.response);
}

LlmResult<milliseconds> OpenAiCompatibleClient::CheckHealth() {
  HttpRequest http;
  http.url = config_.identity.base_url + "/models";
  http.headers = Headers(false);
  http.connect_timeout = std::min(config_.connect_timeout, config_.health_timeout);
  http.total_timeout = config_.health_timeout;
  const auto start = clock_->Monotonic();
  auto exchanged = CurlTransport::Perform(http);
  if (!exchanged) return tl::unexpected(exchanged.error());
  if (exchanged->status < 200 || exchanged->status >= 300) {
    std::string message = DecodeErrorMessage(exchanged->body);
    return LlmFail(StatusForHttp(exchanged->status, message),
                   config_.identity.name + " health check answered HTTP " +
                       std::to_string(exchanged->status) + ": " + message,
                   exchanged->status);
  }
  return Since(*clock_, start);
}

}  // namespace repopost::llm
