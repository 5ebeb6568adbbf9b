#include "ingest/github/github_http.h"

#include <curl/curl.h>
#include <xxhash.h>

#include <cctype>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

namespace repopost::ingest {
namespace {

constexpr std::size_t kMaxBodyBytes = 8u << 20;

struct Transfer {
  std::string url;
  HttpGetResult result;
  curl_slist* headers = nullptr;
  std::string cached_body;
  bool body_too_large = false;
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const size_t bytes = size * count;
  if (transfer->result.body.size() + bytes > kMaxBodyBytes) {
    transfer->body_too_large = true;
    return 0;  // aborts the transfer
  }
  transfer->result.body.append(data, bytes);
  return bytes;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  std::string_view line(data, size * count);
  const size_t colon = line.find(':');
  if (colon != std::string_view::npos) {
    std::string name(line.substr(0, colon));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
      value.remove_prefix(1);
    while (!value.empty() &&
           (value.back() == '\r' || value.back() == '\n' || value.back() == ' ')) {
      value.remove_suffix(1);
    }
    transfer->result.headers[name] = std::string(value);
  } else if (line.rfind("HTTP/", 0) == 0) {
    transfer->result.headers.clear();  // a new response (e.g. after 100 Continue)
  }
  return size * count;
}

struct CurlGlobal {
  CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

}  // namespace

GitHubHttp::GitHubHttp(GitHubHttpOptions options) : options_(std::move(options)) {
  static CurlGlobal global;
}

std::filesystem::path GitHubHttp::CachePath(const std::string& url) const {
  char name[32];
  std::snprintf(name, sizeof(name), "%016llx.json",
                static_cast<unsigned long long>(XXH64(url.data(), url.size(), 0)));
  return options_.cache_dir / name;
}

void GitHubHttp::StoreInCache(const std::string& url, const HttpGetResult& result) const {
  auto etag = result.headers.find("etag");
  if (options_.cache_dir.empty() || etag == result.headers.end()) return;
  std::error_code ec;
  std::filesystem::create_directories(options_.cache_dir, ec);
  const auto path = CachePath(url);
  const auto tmp = path.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << nlohmann::json{{"url", url}, {"etag", etag->second}, {"body", result.body}}.dump();
    if (!out) return;  // the cache is an optimisation; a full disk only costs a refetch
  }
  std::filesystem::rename(tmp, path, ec);
}

std::vector<HttpGetResult> GitHubHttp::GetAll(const std::vector<std::string>& urls) const {
  std::vector<std::unique_ptr<Transfer>> transfers;
  std::unique_ptr<CURLM, decltype(&curl_multi_cleanup)> multi(curl_multi_init(),
                                                              &curl_multi_cleanup);
  std::vector<CURL*> easies;
  for (const std::string& url : urls) {
    auto transfer = std::make_unique<Transfer>();
    transfer->url = url;
    std::string etag;
    if (!options_.cache_dir.empty()) {
      std::ifstream in(CachePath(url), std::ios::binary);
      if (in) {
        std::stringstream buffer;
        buffer << in.rdbuf();
        auto cached = nlohmann::json::parse(buffer.str(), nullptr, false);
        if (cached.is_object() && cached.value("url", "") == url) {
          etag = cached.value("etag", "");
          transfer->cached_body = cached.value("body", "");
        }
      }
    }
    transfer->headers = curl_slist_append(transfer->headers, "Accept: application/vnd.github+json");
    transfer->headers = curl_slist_append(transfer->headers, "X-GitHub-Api-Version: 2022-11-28");
    if (!options_.token.empty()) {
      transfer->headers = curl_slist_append(
          transfer->headers, ("Authorization: Bearer " + options_.token.Reveal()).c_str());
    }
    if (!etag.empty()) {
      transfer->headers = curl_slist_append(transfer->headers, ("If-None-Match: " + etag).c_str());
    }
    CURL* easy = curl_easy_init();
    curl_easy_setopt(easy, CURLOPT_URL, transfer->url.c_str());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer->headers);
    curl_easy_setopt(easy, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(options_.connect_timeout.count()));
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.total_timeout.count()));
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &OnBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &OnHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer.get());
    curl_multi_add_handle(multi.get(), easy);
    easies.push_back(easy);
    transfers.push_back(std::move(transfer));
  }
  int running = 0;
  do {
    curl_multi_perform(multi.get(), &running);
    if (running > 0) curl_multi_poll(multi.get(), nullptr, 0, 100, nullptr);
    int queued = 0;
    while (CURLMsg* message = curl_multi_info_read(multi.get(), &queued)) {
      if (message->msg != CURLMSG_DONE) continue;
      Transfer* transfer = nullptr;
      curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE,
                        reinterpret_cast<char**>(&transfer));
      HttpGetResult& result = transfer->result;
      if (message->data.result == CURLE_OK) {
        curl_easy_getinfo(message->easy_handle, CURLINFO_RESPONSE_CODE, &result.status);
      } else {
        result.status = 0;
        result.timed_out = message->data.result == CURLE_OPERATION_TIMEDOUT;
        result.transport_error = transfer->body_too_large
                                     ? "the response was larger than 8 MiB"
                                     : curl_easy_strerror(message->data.result);
      }
    }
  } while (running > 0);

  std::vector<HttpGetResult> results;
  for (std::size_t i = 0; i < transfers.size(); ++i) {
    curl_multi_remove_handle(multi.get(), easies[i]);
    curl_easy_cleanup(easies[i]);
    curl_slist_free_all(transfers[i]->headers);
    HttpGetResult result = std::move(transfers[i]->result);
    if (result.status == 304 && !transfers[i]->cached_body.empty()) {
      result.status = 200;
      result.body = std::move(transfers[i]->cached_body);
      result.from_cache = true;
    } else if (result.status == 200) {
      StoreInCache(transfers[i]->url, result);
    }
    results.push_back(std::move(result));
  }
  return results;
}

}  // namespace repopost::ingest
