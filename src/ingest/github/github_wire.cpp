#include "ingest/github/github_wire.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace repopost::ingest::wire {
namespace {

using nlohmann::json;

core::Result<json> ParseBody(std::string_view body, std::string_view endpoint, bool want_array) {
  json value = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    return core::Fail(core::ErrorCode::kProvider,
                      "GitHub sent a malformed JSON body for " + std::string(endpoint));
  }
  if (want_array ? !value.is_array() : !value.is_object()) {
    return core::Fail(core::ErrorCode::kProvider,
                      "GitHub sent a " + std::string(value.type_name()) + " where an " +
                          (want_array ? "array" : "object") + " was expected for " +
                          std::string(endpoint));
  }
  return value;
}

// Reads an optional string field: absent or null gives "", another type is an error.
core::Result<std::string> Str(const json& object, const char* field, std::string_view endpoint) {
  auto it = object.find(field);
  if (it == object.end() || it->is_null()) return std::string();
  if (!it->is_string()) {
    return core::Fail(core::ErrorCode::kProvider, "GitHub field '" + std::string(field) + "' of " +
                                                      std::string(endpoint) + " is not a string");
  }
  return text::SanitizeUtf8(it->get<std::string>());
}

core::Result<std::int64_t> Int(const json& object, const char* field, std::string_view endpoint) {
  auto it = object.find(field);
  if (it == object.end() || it->is_null()) return 0;
  if (!it->is_number_integer()) {
    return core::Fail(core::ErrorCode::kProvider, "GitHub field '" + std::string(field) + "' of " +
                                                      std::string(endpoint) + " is not an integer");
  }
  return it->get<std::int64_t>();
}

bool Bool(const json& object, const char* field) {
  auto it = object.find(field);
  return it != object.end() && it->is_boolean() && it->get<bool>();
}

#define REPOPOST_TRY_ASSIGN(target, expr)       \
  do {                                          \
    auto _r = (expr);                           \
    if (!_r) return tl::unexpected(_r.error()); \
    target = std::move(*_r);                    \
  } while (0)

}  // namespace

core::Result<GitHubRepoInfo> ParseRepo(std::string_view body) {
  constexpr std::string_view kEp = "the repository";
  auto value = ParseBody(body, kEp, false);
  if (!value) return tl::unexpected(value.error());
  const json& v = *value;
  GitHubRepoInfo info;
  REPOPOST_TRY_ASSIGN(info.full_name, Str(v, "full_name", kEp));
  REPOPOST_TRY_ASSIGN(info.description, Str(v, "description", kEp));
  REPOPOST_TRY_ASSIGN(info.homepage, Str(v, "homepage", kEp));
  REPOPOST_TRY_ASSIGN(info.html_url, Str(v, "html_url", kEp));
  REPOPOST_TRY_ASSIGN(info.default_branch, Str(v, "default_branch", kEp));
  REPOPOST_TRY_ASSIGN(info.created_at, Str(v, "created_at", kEp));
  REPOPOST_TRY_ASSIGN(info.pushed_at, Str(v, "pushed_at", kEp));
  REPOPOST_TRY_ASSIGN(info.stars, Int(v, "stargazers_count", kEp));
  REPOPOST_TRY_ASSIGN(info.forks, Int(v, "forks_count", kEp));
  info.archived = Bool(v, "archived");
  info.fork = Bool(v, "fork");
  if (auto it = v.find("license"); it != v.end() && it->is_object()) {
    REPOPOST_TRY_ASSIGN(info.license_spdx, Str(*it, "spdx_id", "the repository licence"));
    if (info.license_spdx == "NOASSERTION") info.license_spdx.clear();
  }
  if (auto it = v.find("topics"); it != v.end() && it->is_array()) {
    for (const json& topic : *it) {
      if (topic.is_string()) info.topics.push_back(text::SanitizeUtf8(topic.get<std::string>()));
    }
  }
  return info;
}

core::Result<std::pair<std::string, std::string>> ParseReadme(std::string_view body) {
  constexpr std::string_view kEp = "the README";
  auto value = ParseBody(body, kEp, false);
  if (!value) return tl::unexpected(value.error());
  std::string path, encoding, content;
  REPOPOST_TRY_ASSIGN(path, Str(*value, "path", kEp));
  REPOPOST_TRY_ASSIGN(encoding, Str(*value, "encoding", kEp));
  REPOPOST_TRY_ASSIGN(content, Str(*value, "content", kEp));
  if (encoding != "base64") {
    return core::Fail(core::ErrorCode::kProvider,
                      "GitHub sent the README in an unknown encoding '" + encoding + "'");
  }
  auto decoded = DecodeBase64(content);
  if (!decoded) return tl::unexpected(decoded.error());
  return std::make_pair(path, text::SanitizeUtf8(*decoded));
}

core::Result<std::vector<std::pair<std::string, std::int64_t>>> ParseLanguages(
    std::string_view body) {
  auto value = ParseBody(body, "the languages", false);
  if (!value) return tl::unexpected(value.error());
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const auto& [name, bytes] : value->items()) {
    if (!bytes.is_number_integer()) {
      return core::Fail(core::ErrorCode::kProvider,
                        "GitHub language '" + name + "' has a non-integer byte count");
    }
    out.emplace_back(name, bytes.get<std::int64_t>());
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

core::Result<std::vector<GitHubCommit>> ParseCommits(std::string_view body) {
  constexpr std::string_view kEp = "the commits";
  auto value = ParseBody(body, kEp, true);
  if (!value) return tl::unexpected(value.error());
  std::vector<GitHubCommit> out;
  for (const json& item : *value) {
    if (!item.is_object()) continue;
    GitHubCommit commit;
    REPOPOST_TRY_ASSIGN(commit.sha, Str(item, "sha", kEp));
    if (auto c = item.find("commit"); c != item.end() && c->is_object()) {
      REPOPOST_TRY_ASSIGN(commit.message, Str(*c, "message", kEp));
      if (auto a = c->find("author"); a != c->end() && a->is_object()) {
        REPOPOST_TRY_ASSIGN(commit.author, Str(*a, "name", kEp));
        REPOPOST_TRY_ASSIGN(commit.date, Str(*a, "date", kEp));
      }
    }
    out.push_back(std::move(commit));
  }
  return out;
}

core::Result<std::vector<GitHubIssue>> ParseIssues(std::string_view body) {
  constexpr std::string_view kEp = "the issues";
  auto value = ParseBody(body, kEp, true);
  if (!value) return tl::unexpected(value.error());
  std::vector<GitHubIssue> out;
  for (const json& item : *value) {
    if (!item.is_object()) continue;
    GitHubIssue issue;
    REPOPOST_TRY_ASSIGN(issue.number, Int(item, "number", kEp));
    REPOPOST_TRY_ASSIGN(issue.title, Str(item, "title", kEp));
    REPOPOST_TRY_ASSIGN(issue.body, Str(item, "body", kEp));
    REPOPOST_TRY_ASSIGN(issue.url, Str(item, "html_url", kEp));
    REPOPOST_TRY_ASSIGN(issue.api_url, Str(item, "url", kEp));
    issue.is_pull = item.contains("pull_request");
    out.push_back(std::move(issue));
  }
  return out;
}

core::Result<std::vector<GitHubRelease>> ParseReleases(std::string_view body) {
  constexpr std::string_view kEp = "the releases";
  auto value = ParseBody(body, kEp, true);
  if (!value) return tl::unexpected(value.error());
  std::vector<GitHubRelease> out;
  for (const json& item : *value) {
    if (!item.is_object() || Bool(item, "draft")) continue;
    GitHubRelease release;
    REPOPOST_TRY_ASSIGN(release.tag, Str(item, "tag_name", kEp));
    REPOPOST_TRY_ASSIGN(release.name, Str(item, "name", kEp));
    REPOPOST_TRY_ASSIGN(release.body, Str(item, "body", kEp));
    REPOPOST_TRY_ASSIGN(release.published_at, Str(item, "published_at", kEp));
    REPOPOST_TRY_ASSIGN(release.url, Str(item, "html_url", kEp));
    release.prerelease = Bool(item, "prerelease");
    out.push_back(std::move(release));
  }
  return out;
}

core::Result<std::int64_t> ParseContributorCount(std::string_view link_header,
                                                 std::string_view body) {
  // Link: <https://api.github.com/...&page=2>; rel="next", <https://...&page=57>; rel="last"
  const std::size_t last = link_header.find("rel=\"last\"");
  if (last != std::string_view::npos) {
    const std::size_t open = link_header.rfind('<', last);
    const std::size_t close = link_header.find('>', open);
    std::string_view url = link_header.substr(open + 1, close - open - 1);
    for (std::string_view key : {"?page=", "&page="}) {
      const std::size_t at = url.find(key);
      if (at == std::string_view::npos) continue;
      std::int64_t n = 0;
      for (std::size_t i = at + key.size();
           i < url.size() && std::isdigit(static_cast<unsigned char>(url[i])); ++i) {
        n = n * 10 + (url[i] - '0');
      }
      if (n > 0) return n;
    }
  }
  if (body.empty()) return 0;  // 204 No Content: an empty repository
  auto value = ParseBody(body, "the contributors", true);
  if (!value) return tl::unexpected(value.error());
  return static_cast<std::int64_t>(value->size());
}

core::Result<std::string> DecodeBase64(std::string_view text) {
  auto sextet = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
  };
  std::string out;
  unsigned buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == ' ') continue;
    if (c == '=') break;
    const int v = sextet(c);
    if (v < 0)
      return core::Fail(core::ErrorCode::kProvider,
                        "GitHub sent README content that is not base64");
    buffer = (buffer << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xFF);
    }
  }
  return out;
}

}  // namespace repopost::ingest::wire
