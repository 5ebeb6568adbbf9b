// FakeReply: what the fake LLM server does with one chat-completions request.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace repopost::fake {

enum class FakeReplyKind {
  kAnswer,         // 200 with `content` (SSE when the request asked to stream)
  kStatus,         // `status` with an OpenAI-style error body (+ Retry-After when set)
  kHang,           // wait `hang` (past the client's timeout), then answer
  kDrop,           // start answering, then close the connection half-way
  kMalformedJson,  // 200 with a body (or stream event) that is not JSON
  kContextLength,  // 400 with a context_length_exceeded error
};
std::string_view ToString(FakeReplyKind value);
core::Result<FakeReplyKind> ParseFakeReplyKind(std::string_view text);

struct FakeReply {
  FakeReplyKind kind = FakeReplyKind::kAnswer;
  std::string content = "Hello from the fake server.";
  int status = 500;                       // kStatus only
  std::string retry_after;                // Retry-After header value, "" = none
  std::chrono::milliseconds latency{0};   // before the headers / first token
  double tokens_per_second = 0;           // 0 = all at once
  std::chrono::milliseconds hang{30000};  // kHang only
  std::optional<int> input_tokens;        // usage; default: a count of the prompt's words
  std::optional<int> output_tokens;       // usage; default: the number of streamed pieces
  std::string finish_reason = "stop";     // kAnswer: "length" for an answer cut at max_tokens

  static FakeReply Answer(std::string text) {
    FakeReply r;
    r.content = std::move(text);
    return r;
  }
  static FakeReply Status(int code, std::string retry_after_value = "") {
    FakeReply r;
    r.kind = FakeReplyKind::kStatus;
    r.status = code;
    r.retry_after = std::move(retry_after_value);
    return r;
  }
  static FakeReply Of(FakeReplyKind kind) {
    FakeReply r;
    r.kind = kind;
    return r;
  }
};

}  // namespace repopost::fake
