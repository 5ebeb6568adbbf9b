// What the GitHub REST API says about one repository, as plain structs (github_wire.cpp is the
// one file that reads GitHub's JSON into them).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ingest/github/github_url.h"

namespace repopost::ingest {

struct GitHubRepoInfo {
  std::string full_name;
  std::string description;
  std::string homepage;
  std::string html_url;
  std::string default_branch;
  std::string license_spdx;  // "" when none or NOASSERTION
  std::string created_at;    // ISO 8601
  std::string pushed_at;
  std::vector<std::string> topics;
  std::int64_t stars = 0;
  std::int64_t forks = 0;
  bool archived = false;
  bool fork = false;
};

struct GitHubCommit {
  std::string sha;
  std::string date;  // ISO 8601 author date
  std::string author;
  std::string message;
};

struct GitHubIssue {  // issues and pull requests come from one endpoint; kept apart by is_pull
  std::int64_t number = 0;
  std::string title;
  std::string body;
  std::string url;  // html_url
  std::string api_url;
  bool is_pull = false;
};

struct GitHubRelease {
  std::string tag;
  std::string name;
  std::string body;
  std::string published_at;
  std::string url;
  bool prerelease = false;
};

struct GitHubSnapshot {
  GitHubRepoRef ref;
  std::string api_base;
  GitHubRepoInfo info;
  std::string readme_path;  // "README.md"
  std::string readme_text;  // decoded, "" when the repository has none
  std::vector<std::pair<std::string, std::int64_t>> languages;  // bytes, largest first
  std::vector<GitHubCommit> commits;
  std::vector<GitHubIssue> issues;
  std::vector<GitHubIssue> pulls;
  std::vector<GitHubRelease> releases;
  std::int64_t contributor_count = -1;  // -1 when unknown
  std::vector<std::string> warnings;
};

}  // namespace repopost::ingest
