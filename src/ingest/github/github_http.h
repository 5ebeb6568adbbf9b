// GitHubHttp: concurrent GET requests to one API host over libcurl (multi interface), with
// explicit timeouts, no automatic redirects, and an on-disk ETag cache. Thread-compatible: one
// instance per thread, or external locking.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/secret.h"

namespace repopost::ingest {

struct HttpGetResult {
  long status = 0;  // 0 when the transfer failed (see transport_error)
  std::string body;
  std::map<std::string, std::string> headers;  // names lower-cased
  std::string transport_error;                 // curl's message when status == 0
  bool timed_out = false;
  bool from_cache = false;  // a 304 answered from the ETag cache (status is then 200)
};

struct GitHubHttpOptions {
  core::Secret token;
  std::string user_agent = "repopost/0.1";
  std::filesystem::path cache_dir;  // "" disables the ETag cache
  std::chrono::milliseconds connect_timeout{5000};
  std::chrono::milliseconds total_timeout{20000};
};

class GitHubHttp {
 public:
  explicit GitHubHttp(GitHubHttpOptions options);

  // Fetches every URL concurrently; results in the same order. Sends If-None-Match when the
  // cache holds an ETag for the URL and turns a 304 into the cached 200 body.
  std::vector<HttpGetResult> GetAll(const std::vector<std::string>& urls) const;

 private:
  std::filesystem::path CachePath(const std::string& url) const;
  void StoreInCache(const std::string& url, const HttpGetResult& result) const;

  GitHubHttpOptions options_;
};

}  // namespace repopost::ingest
