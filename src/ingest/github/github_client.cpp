#include "ingest/github/github_client.h"

#include <algorithm>
#include <ctime>
#include <thread>

#include "ingest/github/github_wire.h"

namespace repopost::ingest {
namespace {

std::string Origin(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return url;
  const std::size_t slash = url.find('/', scheme + 3);
  return url.substr(0, slash);
}

std::string Header(const HttpGetResult& result, const std::string& name) {
  auto it = result.headers.find(name);
  return it == result.headers.end() ? std::string() : it->second;
}

long long ToNumber(const std::string& text) {
  long long n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return text.empty() ? -1 : n;
}

bool IsRateLimited(const HttpGetResult& result) {
  if (result.status == 429) return true;
  return result.status == 403 &&
         (Header(result, "x-ratelimit-remaining") == "0" || !Header(result, "retry-after").empty());
}

std::string FormatUtcTime(long long epoch) {
  std::time_t t = static_cast<std::time_t>(epoch);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof(buffer), "%H:%M UTC", &tm);
  return buffer;
}

}  // namespace

GitHubClient::GitHubClient(GitHubOptions options)
    : options_(std::move(options)), http_(options_.http) {
  while (!options_.api_base.empty() && options_.api_base.back() == '/')
    options_.api_base.pop_back();
  if (!options_.sleep)
    options_.sleep = [](std::chrono::milliseconds d) { std::this_thread::sleep_for(d); };
  if (!options_.now_epoch_seconds) {
    options_.now_epoch_seconds = [] { return static_cast<long long>(std::time(nullptr)); };
  }
}

core::Status GitHubClient::CheckStatus(const HttpGetResult& result, const std::string& url,
                                       bool allow_404) const {
  if (result.status == 0) {
    if (result.timed_out) {
      return core::Fail(core::ErrorCode::kTimeout, "GitHub did not answer in time (" + url + ")");
    }
    return core::Fail(core::ErrorCode::kProvider, "cannot reach GitHub: " + result.transport_error);
  }
  if (result.status == 200 || result.status == 204 || (allow_404 && result.status == 404))
    return core::Ok();
  if (result.status == 404) {
    // Name the repository: "…/repos/OWNER/NAME/readme?x" -> "OWNER/NAME".
    std::string slug = "such repository";
    if (const std::size_t at = url.find("/repos/"); at != std::string::npos) {
      const std::size_t begin = at + 7;
      const std::size_t owner_end = url.find('/', begin);
      const std::size_t end = owner_end == std::string::npos
                                  ? std::string::npos
                                  : url.find_first_of("/?#", owner_end + 1);
      slug = "repository " + url.substr(begin, end == std::string::npos ? end : end - begin);
    }
    return core::Fail(core::ErrorCode::kNotFound,
                      "GitHub has no " + slug + " (or it is private: set GITHUB_TOKEN)");
  }
  if (result.status == 401) {
    return core::Fail(core::ErrorCode::kUnauthorized,
                      "GitHub rejected the token in GITHUB_TOKEN (401)");
  }
  if (IsRateLimited(result)) {
    const long long reset = ToNumber(Header(result, "x-ratelimit-reset"));
    return core::Fail(
        core::ErrorCode::kRateLimited,
        "GitHub's rate limit is exhausted" +
            (reset > 0 ? "; it resets at " + FormatUtcTime(reset) : std::string()) +
            (options_.http.token.empty() ? " (set GITHUB_TOKEN for a higher limit)" : ""));
  }
  if (result.status == 403) {
    return core::Fail(core::ErrorCode::kForbidden, "GitHub refused access to " + url + " (403)");
  }
  return core::Fail(core::ErrorCode::kProvider,
                    "GitHub answered " + std::to_string(result.status) + " for " + url);
}

core::Result<std::vector<HttpGetResult>> GitHubClient::GetMany(
    std::vector<std::string> urls) const {
  std::vector<HttpGetResult> done(urls.size());
  std::vector<std::size_t> pending(urls.size());
  for (std::size_t i = 0; i < urls.size(); ++i) pending[i] = i;
  int server_retries = 0, redirects = 0;
  bool waited_for_reset = false;
  while (!pending.empty()) {
    std::vector<std::string> batch;
    for (std::size_t i : pending) batch.push_back(urls[i]);
    std::vector<HttpGetResult> results = http_.GetAll(batch);
    std::vector<std::size_t> again;
    std::chrono::milliseconds wait{0};
    for (std::size_t k = 0; k < pending.size(); ++k) {
      const std::size_t i = pending[k];
      HttpGetResult& result = results[k];
      if (result.status == 301 || result.status == 302 || result.status == 307 ||
          result.status == 308) {
        const std::string location = Header(result, "location");
        if (Origin(location) != Origin(options_.api_base)) {
          return core::Fail(core::ErrorCode::kInput, "GitHub redirected to another host ('" +
                                                         Origin(location).substr(0, 80) +
                                                         "'); refused");
        }
        if (++redirects > options_.max_redirects) {
          return core::Fail(core::ErrorCode::kProvider, "GitHub redirected too many times");
        }
        urls[i] = location;
        again.push_back(i);
      } else if (result.status >= 500 && server_retries < options_.max_server_error_retries) {
        again.push_back(i);
        wait = std::max(wait, std::chrono::milliseconds(250 << server_retries));
      } else if (IsRateLimited(result) && !waited_for_reset) {
        long long seconds = ToNumber(Header(result, "retry-after"));
        if (seconds < 0) {
          const long long reset = ToNumber(Header(result, "x-ratelimit-reset"));
          seconds = reset > 0 ? std::max(0LL, reset - options_.now_epoch_seconds()) + 1 : -1;
        }
        if (seconds < 0 || seconds > options_.max_rate_limit_wait.count()) {
          done[i] = std::move(result);  // reported by CheckStatus
        } else {
          again.push_back(i);
          wait = std::max(wait, std::chrono::milliseconds(seconds * 1000));
        }
      } else {
        done[i] = std::move(result);
      }
    }
    if (!again.empty()) {
      bool any_rate_limited = false;
      for (std::size_t k = 0; k < pending.size(); ++k)
        any_rate_limited |= IsRateLimited(results[k]);
      if (any_rate_limited) waited_for_reset = true;
      bool any_server_error = false;
      for (std::size_t k = 0; k < pending.size(); ++k) any_server_error |= results[k].status >= 500;
      if (any_server_error) ++server_retries;
      if (wait.count() > 0) options_.sleep(wait);
    }
    pending = std::move(again);
  }
  return done;
}

core::Result<HttpGetResult> GitHubClient::Get(const std::string& url) const {
  auto results = GetMany({url});
  if (!results) return tl::unexpected(results.error());
  return std::move(results->front());
}

core::Result<GitHubSnapshot> GitHubClient::Fetch(const GitHubRepoRef& ref) const {
  const std::string repo_url = options_.api_base + "/repos/" + PercentEncodeSegment(ref.owner) +
                               "/" + PercentEncodeSegment(ref.name);
  auto repo = Get(repo_url);
  if (!repo) return tl::unexpected(repo.error());
  if (auto status = CheckStatus(*repo, repo_url, false); !status)
    return tl::unexpected(status.error());
  GitHubSnapshot snapshot;
  snapshot.ref = ref;
  snapshot.api_base = options_.api_base;
  auto info = wire::ParseRepo(repo->body);
  if (!info) return tl::unexpected(info.error());
  snapshot.info = std::move(*info);

  const std::string branch = ref.branch.empty() ? "" : PercentEncodeSegment(ref.branch);
  const std::vector<std::string> urls = {
      repo_url + "/readme" + (branch.empty() ? "" : "?ref=" + branch),
      repo_url + "/languages",
      repo_url + "/commits?per_page=" + std::to_string(options_.recent_commits) +
          (branch.empty() ? "" : "&sha=" + branch),
      repo_url + "/issues?state=open&per_page=" + std::to_string(options_.open_issues),
      repo_url + "/releases?per_page=" + std::to_string(options_.releases),
      repo_url + "/contributors?per_page=1&anon=1",
  };
  auto results = GetMany(urls);
  if (!results) return tl::unexpected(results.error());
  for (std::size_t i = 0; i < urls.size(); ++i) {
    // A missing README, an empty repository's commits (409) and its contributors are not errors.
    const bool optional = i == 0 || (*results)[i].status == 409;
    if (optional && ((*results)[i].status == 404 || (*results)[i].status == 409)) {
      if (i == 0) snapshot.warnings.push_back("the repository has no README");
      continue;
    }
    if (auto status = CheckStatus((*results)[i], urls[i], false); !status)
      return tl::unexpected(status.error());
  }
  const auto& r = *results;
  if (r[0].status == 200) {
    auto readme = wire::ParseReadme(r[0].body);
    if (!readme) return tl::unexpected(readme.error());
    snapshot.readme_path = readme->first;
    snapshot.readme_text = std::move(readme->second);
  }
  auto languages = wire::ParseLanguages(r[1].body);
  if (!languages) return tl::unexpected(languages.error());
  snapshot.languages = std::move(*languages);
  if (r[2].status == 200) {
    auto commits = wire::ParseCommits(r[2].body);
    if (!commits) return tl::unexpected(commits.error());
    snapshot.commits = std::move(*commits);
  }
  auto issues = wire::ParseIssues(r[3].body);
  if (!issues) return tl::unexpected(issues.error());
  for (auto& issue : *issues)
    (issue.is_pull ? snapshot.pulls : snapshot.issues).push_back(std::move(issue));
  auto releases = wire::ParseReleases(r[4].body);
  if (!releases) return tl::unexpected(releases.error());
  snapshot.releases = std::move(*releases);
  if (r[5].status == 200 || r[5].status == 204) {
    auto count = wire::ParseContributorCount(Header(r[5], "link"), r[5].body);
    if (!count) return tl::unexpected(count.error());
    snapshot.contributor_count = *count;
  }
  return snapshot;
}

}  // namespace repopost::ingest
