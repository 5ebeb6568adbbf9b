#include "index/embeddings_http.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace repopost::index {
namespace {

constexpr std::size_t kMaxResponseBytes = 256u << 20;  // 10k chunks x 1536 floats as JSON fits

std::size_t OnBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* body = static_cast<std::string*>(user);
  const std::size_t bytes = size * count;
  if (body->size() + bytes > kMaxResponseBytes) return 0;  // aborts the transfer
  body->append(data, bytes);
  return bytes;
}

struct CurlDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter {
  void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

}  // namespace

core::Result<EmbeddingsHttpResponse> PostEmbeddingsRequest(const EmbeddingsHttpRequest& request) {
  static std::once_flag global_init;
  std::call_once(global_init, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return core::Fail(core::ErrorCode::kInternal, "libcurl could not create a handle.");

  curl_slist* raw_headers = curl_slist_append(nullptr, "Content-Type: application/json");
  raw_headers = curl_slist_append(raw_headers, "Accept: application/json");
  if (!request.api_key.empty()) {
    const std::string authorization = "Authorization: Bearer " + request.api_key.Reveal();
    raw_headers = curl_slist_append(raw_headers, authorization.c_str());
  }
  std::unique_ptr<curl_slist, SlistDeleter> headers(raw_headers);

  EmbeddingsHttpResponse response;
  char error_buffer[CURL_ERROR_SIZE] = {0};
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(request.connect_timeout.count()));
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(request.total_timeout.count()));
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(handle, CURLOPT_POST, 1L);
  curl_easy_setopt(handle, CURLOPT_POSTFIELDS, request.body.data());
  curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE,
                   static_cast<curl_off_t>(request.body.size()));
  const CURLcode code = curl_easy_perform(handle);
  if (code == CURLE_OPERATION_TIMEDOUT) {
    return core::Fail(core::ErrorCode::kTimeout,
                      "The embeddings server at " + request.url + " did not answer within " +
                          std::to_string(request.total_timeout.count()) + " ms.");
  }
  if (code != CURLE_OK) {
    const std::string detail = error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(code);
    return core::Fail(core::ErrorCode::kProvider, "The embeddings server at " + request.url +
                                                      " could not be reached: " + detail + ".");
  }
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response.status);
  return response;
}

}  // namespace repopost::index
