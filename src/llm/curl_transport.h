// CurlTransport: one HTTP exchange over libcurl with explicit connect and total timeouts,
// cancellation, and an optional streaming body sink. The only file that includes curl.h.
//
// Thread-safety: Perform may be called from any number of threads at once; each thread reuses
// its own curl handle (and so its keep-alive connections) across calls.
#pragma once

#include <chrono>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "llm/cancel_token.h"
#include "llm/llm_error.h"

namespace repopost::llm {

struct HttpRequest {
  enum class Method { kGet, kPost };
  Method method = Method::kGet;
  std::string url;
  std::vector<std::string> headers;  // "Name: value"; may contain an Authorization header
  std::string body;
  std::chrono::milliseconds connect_timeout{5000};
  std::chrono::milliseconds total_timeout{60000};
  // When set and the status is 2xx, body bytes go here as they arrive instead of into
  // HttpResponse::body. Returning false aborts the transfer (reported as kMalformedResponse).
  std::function<bool(std::string_view)> on_body;
  const CancelToken* cancel = nullptr;
};

struct HttpResponse {
  int status = 0;
  std::string body;         // the whole body unless on_body consumed it
  std::string retry_after;  // raw Retry-After header value, "" when absent
  std::string content_type;
};

class CurlTransport {
 public:
  // Transport failures map to kConnectFailed, kTimeout, kConnectionDropped or kCancelled; any
  // HTTP status (including 4xx/5xx) is a successful exchange for this layer.
  static LlmResult<HttpResponse> Perform(const HttpRequest& request);
};

}  // namespace repopost::llm
