#include "ingest/github/github_url.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace repopost::ingest {
namespace {

constexpr std::size_t kMaxInput = 512;

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool ValidOwner(std::string_view owner) {
  if (owner.empty() || owner.size() > 39 || owner.front() == '-' || owner.back() == '-') {
    return false;
  }
  for (std::size_t i = 0; i < owner.size(); ++i) {
    const unsigned char c = owner[i];
    if (std::isalnum(c)) continue;
    if (c == '-' && owner[i - 1] != '-') continue;
    return false;
  }
  return true;
}

bool ValidName(std::string_view name) {
  if (name.empty() || name.size() > 100 || name == "." || name == "..") return false;
  return std::all_of(name.begin(), name.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '.' || c == '_' || c == '-';
  });
}

std::vector<std::string_view> SplitPath(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t slash = path.find('/', start);
    const std::size_t end = slash == std::string_view::npos ? path.size() : slash;
    if (end > start) parts.push_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return parts;
}

core::Result<GitHubRepoRef> FromParts(const std::vector<std::string_view>& parts,
                                      std::string_view original) {
  const std::string shown(original.substr(0, 120));
  if (parts.size() < 2) {
    return core::Fail(
        core::ErrorCode::kInput,
        "'" + shown +
            "' does not name a repository; use https://github.com/OWNER/NAME or OWNER/NAME");
  }
  for (std::string_view part : parts) {
    if (part == ".." || part == ".") {
      return core::Fail(core::ErrorCode::kInput,
                        "'" + shown + "' contains a '..' or '.' path segment");
    }
  }
  GitHubRepoRef ref;
  ref.owner = std::string(parts[0]);
  std::string_view name = parts[1];
  if (name.size() > 4 && Lower(name.substr(name.size() - 4)) == ".git") name.remove_suffix(4);
  ref.name = std::string(name);
  if (!ValidOwner(ref.owner)) {
    return core::Fail(core::ErrorCode::kInput,
                      "'" + ref.owner.substr(0, 60) + "' is not a valid GitHub owner name");
  }
  if (!ValidName(ref.name)) {
    return core::Fail(core::ErrorCode::kInput,
                      "'" + ref.name.substr(0, 120) + "' is not a valid GitHub repository name");
  }
  if (parts.size() >= 4 && parts[2] == "tree") ref.branch = std::string(parts[3]);
  if (parts.size() > 2 && parts[2] != "tree" && parts[2] != "blob" && parts[2] != "releases" &&
      parts[2] != "issues" && parts[2] != "pulls" && parts[2] != "wiki" && parts[2] != "commits") {
    return core::Fail(core::ErrorCode::kInput,
                      "'" + shown + "' is not a repository URL GitHub serves");
  }
  return ref;
}

}  // namespace

bool LooksLikeGitHubSource(std::string_view text) {
  const std::string lower = Lower(text.substr(0, 64));
  if (StartsWith(lower, "https://") || StartsWith(lower, "http://") ||
      StartsWith(lower, "github.com/") || StartsWith(lower, "www.github.com/")) {
    return true;
  }
  // o/r shorthand: exactly one slash, no leading dot or slash, no spaces.
  if (text.empty() || text.front() == '.' || text.front() == '/' || text.front() == '~')
    return false;
  return std::count(text.begin(), text.end(), '/') == 1 && text.find(' ') == std::string_view::npos;
}

core::Result<GitHubRepoRef> ParseGitHubUrl(std::string_view text) {
  if (text.size() > kMaxInput) {
    return core::Fail(core::ErrorCode::kInput, "the repository URL is longer than 512 characters");
  }
  if (text.find('%') != std::string_view::npos || text.find('\\') != std::string_view::npos) {
    return core::Fail(core::ErrorCode::kInput,
                      "'" + std::string(text.substr(0, 120)) +
                          "' contains encoded or escaped characters; give the plain URL");
  }
  std::string_view rest = text;
  const std::string lower = Lower(text);
  bool has_scheme = false;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (StartsWith(lower, scheme)) {
      rest.remove_prefix(scheme.size());
      has_scheme = true;
      break;
    }
  }
  const std::string lower_rest = Lower(rest);
  if (StartsWith(lower_rest, "www.github.com/")) {
    rest.remove_prefix(15);
  } else if (StartsWith(lower_rest, "github.com/")) {
    rest.remove_prefix(11);
  } else if (has_scheme || lower_rest.find('.') < lower_rest.find('/')) {
    const std::string host(rest.substr(0, rest.find('/')));
    return core::Fail(core::ErrorCode::kInput, "only github.com repositories are supported, not '" +
                                                   host.substr(0, 80) + "'");
  }
  rest = rest.substr(0, rest.find_first_of("?#"));
  return FromParts(SplitPath(rest), text);
}

std::string PercentEncodeSegment(std::string_view segment) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : segment) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace repopost::ingest
