#include "llm/curl_transport.h"

#include <curl/curl.h>
#include <strings.h>

#include <mutex>

namespace repopost::llm {
namespace {

// One easy handle per thread: curl_easy_reset keeps its connection cache, so keep-alive
// connections to a provider are reused across calls made by the same thread.
class ThreadHandle {
 public:
  ThreadHandle() {
    static std::once_flag global_init;
    std::call_once(global_init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    handle_ = curl_easy_init();
  }
  ~ThreadHandle() {
    if (handle_ != nullptr) curl_easy_cleanup(handle_);
  }
  ThreadHandle(const ThreadHandle&) = delete;
  ThreadHandle& operator=(const ThreadHandle&) = delete;
  CURL* get() { return handle_; }

 private:
  CURL* handle_ = nullptr;
};

struct Exchange {
  const HttpRequest* request = nullptr;
  HttpResponse response;
  CURL* handle = nullptr;
  bool sink_refused = false;
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* exchange = static_cast<Exchange*>(user);
  size_t bytes = size * count;
  if (exchange->request->cancel != nullptr && exchange->request->cancel->IsCancelled()) return 0;
  long status = 0;
  curl_easy_getinfo(exchange->handle, CURLINFO_RESPONSE_CODE, &status);
  if (exchange->request->on_body && status >= 200 && status < 300) {
    if (!exchange->request->on_body(std::string_view(data, bytes))) {
      exchange->sink_refused = true;
      return 0;
    }
    return bytes;
  }
  exchange->response.body.append(data, bytes);
  return bytes;
}

std::string_view TrimValue(std::string_view value) {
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) {
    value.remove_suffix(1);
  }
  return value;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* exchange = static_cast<Exchange*>(user);
  std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {  // a new response (after 100 Continue or similar)
    exchange->response.retry_after.clear();
    exchange->response.content_type.clear();
  }
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return line.size();
  std::string_view name = line.substr(0, colon);
  std::string_view value = TrimValue(line.substr(colon + 1));
  if (name.size() == 11 && strncasecmp(name.data(), "retry-after", 11) == 0) {
    exchange->response.retry_after = std::string(value);
  } else if (name.size() == 12 && strncasecmp(name.data(), "content-type", 12) == 0) {
    exchange->response.content_type = std::string(value);
  }
  return line.size();
}

int OnProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  auto* exchange = static_cast<Exchange*>(user);
  const CancelToken* cancel = exchange->request->cancel;
  return (cancel != nullptr && cancel->IsCancelled()) ? 1 : 0;
}

tl::unexpected<LlmError> TransportError(CURLcode code, const Exchange& exchange,
                                        const char* detail) {
  const HttpRequest& request = *exchange.request;
  if (request.cancel != nullptr && request.cancel->IsCancelled()) {
    return LlmFail(LlmStatus::kCancelled, "the call was cancelled");
  }
  if (exchange.sink_refused) {
    return LlmFail(LlmStatus::kMalformedResponse, "the streamed response could not be read");
  }
  std::string what = detail[0] != '\0' ? detail : curl_easy_strerror(code);
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      return LlmFail(LlmStatus::kTimeout, "no complete answer within the timeout: " + what);
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return LlmFail(LlmStatus::kConnectFailed, "could not connect: " + what);
    default:
      return LlmFail(LlmStatus::kConnectionDropped, "the connection broke: " + what);
  }
}

}  // namespace

LlmResult<HttpResponse> CurlTransport::Perform(const HttpRequest& request) {
  static thread_local ThreadHandle thread_handle;
  CURL* curl = thread_handle.get();
  if (curl == nullptr) return LlmFail(LlmStatus::kConnectFailed, "curl could not start");
  curl_easy_reset(curl);

  Exchange exchange;
  exchange.request = &request;
  exchange.handle = curl;
  char error_buffer[CURL_ERROR_SIZE] = {0};

  curl_slist* headers = nullptr;
  for (const std::string& header : request.headers)
    headers = curl_slist_append(headers, header.c_str());
  headers = curl_slist_append(headers, "Expect:");  // no 100-continue round trip for large bodies

  curl_easy_setopt(curl, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);  // no redirects off the configured host
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(request.connect_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.total_timeout.count()));
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &exchange);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &exchange);
  curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, OnProgress);
  curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &exchange);
  curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
  if (request.method == HttpRequest::Method::kPost) {
    curl_easy_setopt(curl, CURLOPT_POST, 1L);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                     static_cast<curl_off_t>(request.body.size()));
  }

  CURLcode code = curl_easy_perform(curl);
  curl_slist_free_all(headers);
  curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
  if (code != CURLE_OK) return TransportError(code, exchange, error_buffer);
  long status = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
  exchange.response.status = static_cast<int>(status);
  return std::move(exchange.response);
}

}  // namespace repopost::llm
