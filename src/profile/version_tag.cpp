#include "profile/version_tag.h"

#include <cctype>

#include "profile/clean_text.h"

namespace repopost::profile {
namespace {

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

bool HasPrereleaseCue(std::string_view lower_rest) {
  for (std::string_view cue : {"alpha", "beta", "rc", "dev", "snapshot", "preview", "pre",
                               "nightly", "canary", "next", "insiders", "test"}) {
    if (lower_rest.find(cue) != std::string_view::npos) return true;
  }
  // PEP 440 short forms: 1.0a1, 2.0b3.
  for (std::size_t i = 0; i + 1 < lower_rest.size(); ++i) {
    if ((lower_rest[i] == 'a' || lower_rest[i] == 'b') && IsDigit(lower_rest[i + 1]) &&
        (i == 0 || IsDigit(lower_rest[i - 1]) || lower_rest[i - 1] == '.')) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<VersionTag> ParseVersionTag(std::string_view tag) {
  // The version starts at the first digit that opens the text or follows a separator (or a "v"
  // that does): "v1.2", "pkg-1.2", "pkg@v1.2", "pkg/v1.2", "release-1.2".
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i < tag.size(); ++i) {
    if (!IsDigit(tag[i])) continue;
    std::size_t j = i;
    if (j > 0 && (tag[j - 1] == 'v' || tag[j - 1] == 'V')) --j;
    if (j == 0 || tag[j - 1] == '-' || tag[j - 1] == '_' || tag[j - 1] == '/' ||
        tag[j - 1] == '@' || tag[j - 1] == ' ') {
      start = i;
      break;
    }
  }
  if (start == std::string_view::npos) return std::nullopt;
  VersionTag out;
  std::size_t prefix_end = start;
  if (prefix_end > 0 && (tag[prefix_end - 1] == 'v' || tag[prefix_end - 1] == 'V')) --prefix_end;
  while (prefix_end > 0 &&
         (tag[prefix_end - 1] == '-' || tag[prefix_end - 1] == '_' || tag[prefix_end - 1] == '/' ||
          tag[prefix_end - 1] == '@' || tag[prefix_end - 1] == ' ')) {
    --prefix_end;
  }
  out.prefix = std::string(tag.substr(0, prefix_end));
  std::size_t version_end = start;
  while (version_end < tag.size() && tag[version_end] != ' ' && tag[version_end] != '(' &&
         tag[version_end] != ',' && tag[version_end] != ']') {
    ++version_end;
  }
  out.version = std::string(tag.substr(start, version_end - start));
  tag = tag.substr(0, version_end);
  std::size_t i = start;
  while (i < tag.size()) {
    if (!IsDigit(tag[i])) break;
    long n = 0;
    while (i < tag.size() && IsDigit(tag[i])) n = n * 10 + (tag[i++] - '0');
    out.numbers.push_back(n);
    if (i + 1 < tag.size() && tag[i] == '.' && IsDigit(tag[i + 1])) {
      ++i;
      continue;
    }
    break;
  }
  const std::string rest = LowerAscii(tag.substr(i));
  out.is_prerelease = !rest.empty() && HasPrereleaseCue(rest);
  return out;
}

bool VersionLess(const VersionTag& a, const VersionTag& b) {
  const std::size_t n = std::max(a.numbers.size(), b.numbers.size());
  for (std::size_t i = 0; i < n; ++i) {
    const long x = i < a.numbers.size() ? a.numbers[i] : 0;
    const long y = i < b.numbers.size() ? b.numbers[i] : 0;
    if (x != y) return x < y;
  }
  if (a.is_prerelease != b.is_prerelease) return a.is_prerelease;
  return a.is_prerelease && a.version < b.version;  // "1.2" and "1.2.0" are the same release
}

}  // namespace repopost::profile
