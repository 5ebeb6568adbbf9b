// GitHubClient: reads one repository through the GitHub REST API (or a configured GitHub
// Enterprise API URL) into a GitHubSnapshot. Makes the repository request first, then the
// README, languages, commits, issues and pull requests, releases and contributor count
// concurrently. Only the configured API host is ever contacted: a redirect to another host is
// refused, owner and name are validated and percent-encoded.
//
//   GitHubClient client({.token = core::Secret(getenv("GITHUB_TOKEN"))});
//   auto snapshot = client.Fetch(*ParseGitHubUrl("https://github.com/junegunn/fzf"));
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "core/result.h"
#include "ingest/github/github_http.h"
#include "ingest/github/github_types.h"

namespace repopost::ingest {

struct GitHubOptions {
  std::string api_base = "https://api.github.com";  // no trailing slash
  GitHubHttpOptions http;
  // Wait for a rate-limit reset when it comes within this long; otherwise fail with kRateLimited.
  std::chrono::seconds max_rate_limit_wait{60};
  int max_server_error_retries = 2;
  int max_redirects = 3;
  int recent_commits = 30;
  int open_issues = 30;  // issues and pull requests (one endpoint), kept apart afterwards
  int releases = 5;
  // How to wait (tests pass a recorder); the default sleeps.
  std::function<void(std::chrono::milliseconds)> sleep;
  // Seconds since the epoch now (tests fix it); the default reads the system clock.
  std::function<long long()> now_epoch_seconds;
};

class GitHubClient {
 public:
  explicit GitHubClient(GitHubOptions options);

  // Errors: kNotFound (no such repository, or private without a token), kRateLimited (reset too
  // far away; the message says when), kForbidden (403 not about rate limits), kInput (redirect
  // to another host), kTimeout, kProvider (5xx after retries, malformed bodies).
  core::Result<GitHubSnapshot> Fetch(const GitHubRepoRef& ref) const;

 private:
  core::Result<HttpGetResult> Get(const std::string& url) const;
  core::Result<std::vector<HttpGetResult>> GetMany(std::vector<std::string> urls) const;
  core::Status CheckStatus(const HttpGetResult& result, const std::string& url,
                           bool allow_404) const;

  GitHubOptions options_;
  GitHubHttp http_;
};

}  // namespace repopost::ingest
