// FakeGitHubServer: a real HTTP server on 127.0.0.1 that answers the GitHub REST endpoints
// repopost uses, in the shapes GitHub documents, for repositories the test registers, and
// injects GitHub's real failures on demand (304 with ETags, 403/429 rate limits with reset
// headers, 404, 5xx, slow answers, redirects to this or another host). Records every request.
//
//   FakeGitHubServer github;
//   github.AddRepository(FakeGitHubServer::SampleRepository("octo", "widget"));
//   GitHubClient client({.api_base = github.base_url()});
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace repopost::testing {

struct FakeRepository {
  std::string owner, name;
  std::string description = "A tiny widget toolkit";
  std::string homepage;
  std::string license_spdx = "MIT";
  std::vector<std::string> topics;
  std::int64_t stars = 0, forks = 0;
  bool archived = false;
  std::string readme;  // Markdown; "" = no README (404)
  std::map<std::string, std::int64_t> languages;
  struct Commit {
    std::string sha, date, author, message;
  };
  std::vector<Commit> commits;
  struct Issue {
    std::int64_t number;
    std::string title, body;
    bool is_pull = false;
  };
  std::vector<Issue> issues;
  struct Release {
    std::string tag, name, body, published_at;
  };
  std::vector<Release> releases;
  std::int64_t contributors = 1;
};

struct RecordedRequest {
  std::string path;  // with query
  std::map<std::string, std::string> headers;
};

class FakeGitHubServer {
 public:
  FakeGitHubServer();  // listens on a free loopback port
  ~FakeGitHubServer();
  FakeGitHubServer(const FakeGitHubServer&) = delete;
  FakeGitHubServer& operator=(const FakeGitHubServer&) = delete;

  std::string base_url() const;  // "http://127.0.0.1:PORT"

  static FakeRepository SampleRepository(std::string owner, std::string name);
  void AddRepository(FakeRepository repository);

  // Faults, applied to requests whose path starts with `path_prefix` ("" = all).
  void FailNext(const std::string& path_prefix, int status, int times = 1);
  void RateLimitNext(const std::string& path_prefix, long long reset_epoch, int status = 403,
                     int times = 1);
  void RedirectNext(const std::string& path_prefix, const std::string& location);
  void SetDelay(std::chrono::milliseconds delay);

  std::vector<RecordedRequest> requests() const;
  int CountRequests(const std::string& path_prefix) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace repopost::testing
