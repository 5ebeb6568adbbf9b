// Parses what a user types for a GitHub repository into owner and name, rejecting anything else.
//
// Accepted: https://github.com/o/r, http://, www., a trailing .git, /tree/BRANCH, /blob/..., a
// query (?tab=readme-ov-file) or fragment (#readme), a trailing slash, and the o/r shorthand.
// Rejected with a clear message: other hosts, missing name, "..", encoded slashes, names GitHub
// would not allow (owner: 1-39 alphanumerics or single hyphens; repository: 1-100 of
// [A-Za-z0-9._-]).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace repopost::ingest {

struct GitHubRepoRef {
  std::string owner;
  std::string name;
  std::string branch;  // from /tree/BRANCH, else "" (the default branch)

  std::string FullName() const { return owner + "/" + name; }
};

// True when `text` looks like a GitHub URL or o/r shorthand rather than a local path; decides
// which ingester a source goes to. A path that exists locally is always local (checked by caller).
bool LooksLikeGitHubSource(std::string_view text);

core::Result<GitHubRepoRef> ParseGitHubUrl(std::string_view text);

// Percent-encodes one URL path segment (RFC 3986 unreserved characters pass through).
std::string PercentEncodeSegment(std::string_view segment);

}  // namespace repopost::ingest
