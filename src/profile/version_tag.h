// VersionTag: a tag or version string split into its package prefix and a comparable version,
// so the release selector can tell "v1.2.3", "ripgrep-14.1.0", "ignore-0.4.33" (a sub-package),
// "2.0.0-alpha.1" (a pre-release) and "nightly" (no version) apart.
//
//   auto v = profile::ParseVersionTag("tokio-stream-0.1.19");
//   // v->prefix == "tokio-stream", v->version == "0.1.19", v->is_prerelease == false
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::profile {

struct VersionTag {
  std::string prefix;          // "" for bare and "v"-prefixed tags; "ripgrep" for "ripgrep-14.1.0"
  std::string version;         // "14.1.0", "2.0.0-alpha.1" (no leading "v")
  std::vector<long> numbers;   // the dotted numeric core: {14, 1, 0}
  bool is_prerelease = false;  // alpha, beta, rc, dev, snapshot, preview, pre, a1, b2
};

// nullopt when the text holds no version ("nightly", "latest", "stable").
std::optional<VersionTag> ParseVersionTag(std::string_view tag);

// Semantic order: numeric core first, then a release above its pre-releases.
bool VersionLess(const VersionTag& a, const VersionTag& b);

}  // namespace repopost::profile
