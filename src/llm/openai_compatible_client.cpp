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
  SendMode mode;
  mode.format = static_cast<ResponseFormatKind>(
      std::min(static_cast<int>(wanted), format_ceiling_.load(std::memory_order_relaxed)));
  mode.strict = !strict_refused_.load(std::memory_order_relaxed);
  while (true) {
    auto answer = Send(request, options, mode);
    bool rejected_format = !answer && answer.error().status == LlmStatus::kBadRequest &&
                           !answer.error().tokens_emitted &&
                           mode.format != ResponseFormatKind::kNone;
    if (!rejected_format) {
      if (answer && mode.format != wanted) {
        format_ceiling_.store(static_cast<int>(mode.format), std::memory_order_relaxed);
      }
      if (answer && !mode.strict) strict_refused_.store(true, std::memory_order_relaxed);
      if (!answer) return answer;
      return Shape(std::move(*answer), request, options, mode);
    }
    if (mode.format == ResponseFormatKind::kJsonSchema && mode.strict) {
      mode.strict = false;  // some servers refuse "strict": the same schema without it
    } else {
      mode.format = Lower(mode.format);
    }
  }
}

LlmResult<ChatResponse> OpenAiCompatibleClient::Shape(ChatResponse response,
                                                      const ChatRequest& request,
                                                      const CallOptions& options, SendMode mode) {
  const ResponseFormat& wanted = request.response_format;
  if (wanted.kind == ResponseFormatKind::kNone) return response;
  if (response.finish_reason == FinishReason::kLength) {
    // Kept as written: the caller may still find a complete post in it, or ask again.
    response.shape_problem = "the answer was cut at the token limit (finish_reason length)";
    return response;
  }
  auto object = FindFirstJsonObject(response.content);
  if (!object && mode.format == ResponseFormatKind::kJsonSchema) {
    // Some servers accept json_schema and ignore it: ask once more in their other structured
    // mode, json_object with the schema beside it.
    SendMode other{ResponseFormatKind::kJsonObject, false, true};
    auto again = Send(request, options, other);
    if (again && again->finish_reason != FinishReason::kLength) {
      TokenUsage first = response.usage;
      response = std::move(*again);
      response.usage.input_tokens += first.input_tokens;
      response.usage.output_tokens += first.output_tokens;
      response.note = "the json_schema answer held no JSON; asked again with json_object";
      object = FindFirstJsonObject(response.content);
    }
  }
  if (!object) {
    LlmError error{LlmStatus::kInvalidOutput, response.http_status,
                   "the answer contains no JSON object", std::nullopt, false};
    error.usage = response.usage;
    error.format_used = response.format_used;
    return tl::unexpected(error);
  }
  response.content = std::move(*object);
  if (wanted.kind == ResponseFormatKind::kJsonSchema) {
    if (auto checked = CheckAgainstSchema(response.content, wanted.schema_json); !checked) {
      response.shape_problem = checked.error().message;
    }
  }
  return response;
}

LlmResult<ChatResponse> OpenAiCompatibleClient::Send(const ChatRequest& request,
                                                     const CallOptions& options, SendMode mode) {
  const ResponseFormatKind format = mode.format;
  WireOptions wire{request.model.empty() ? config_.identity.model : request.model, format,
                   config_.request_stream_usage, mode.strict, mode.schema_with_object};
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
    decoded->http_status = reply.status;
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
    decoded->http_status = reply.status;
    return decoded;
  }
  if (!stream.saw_done && stream.response.finish_reason == FinishReason::kUnknown) {
    LlmError error{LlmStatus::kConnectionDropped, reply.status,
                   "the stream ended before its last event", std::nullopt, stream.emitted};
    return tl::unexpected(error);
  }
  stream.response.latency = Since(*clock_, start);
  stream.response.http_status = reply.status;
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
