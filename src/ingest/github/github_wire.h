// Reads GitHub REST API JSON bodies into github_types.h structs. The only file that knows the
// API's field names. A body that is not JSON, or a field of the wrong type, is a kProvider error
// naming the endpoint and field; fields GitHub documents as nullable may be null.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "ingest/github/github_types.h"

namespace repopost::ingest::wire {

core::Result<GitHubRepoInfo> ParseRepo(std::string_view body);
// The /readme endpoint: returns {path, decoded text}.
core::Result<std::pair<std::string, std::string>> ParseReadme(std::string_view body);
core::Result<std::vector<std::pair<std::string, std::int64_t>>> ParseLanguages(
    std::string_view body);
core::Result<std::vector<GitHubCommit>> ParseCommits(std::string_view body);
core::Result<std::vector<GitHubIssue>> ParseIssues(std::string_view body);
core::Result<std::vector<GitHubRelease>> ParseReleases(std::string_view body);
// The count from a contributors request made with per_page=1: the last page number in the Link
// header, or the length of the body's array when there is no Link header.
core::Result<std::int64_t> ParseContributorCount(std::string_view link_header,
                                                 std::string_view body);

// Standard base64 (with or without line breaks) to bytes; kProvider error on bad input.
core::Result<std::string> DecodeBase64(std::string_view text);

}  // namespace repopost::ingest::wire
