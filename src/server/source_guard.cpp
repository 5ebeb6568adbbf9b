#include "server/source_guard.h"

#include <cctype>
#include <filesystem>

namespace repopost::server {
namespace {

namespace fs = std::filesystem;

bool IsRemote(const std::string& location) {
  if (location.rfind("https://", 0) == 0 || location.rfind("http://", 0) == 0) return true;
  // "owner/repo" shorthand: one slash, GitHub name characters, no dots in the owner, and not
  // an existing relative path (which would be read from disk).
  const auto slash = location.find('/');
  if (slash == std::string::npos || slash == 0 ||
      location.find('/', slash + 1) != std::string::npos) {
    return false;
  }
  for (std::size_t i = 0; i < location.size(); ++i) {
    const char c = location[i];
    const bool name_char = std::isalnum(static_cast<unsigned char>(c)) || c == '-' ||
                           (i > slash && (c == '.' || c == '_')) || i == slash;
    if (!name_char) return false;
  }
  std::error_code error;
  return location.find("..") == std::string::npos && !fs::exists(location, error);
}

bool Under(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // trailing separator
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

}  // namespace

SourceGuard::SourceGuard(const std::vector<std::string>& roots) {
  for (const auto& root : roots) {
    std::error_code error;
    fs::path canonical = fs::canonical(root, error);
    if (!error) roots_.push_back(canonical.string());
  }
}

core::Result<std::string> SourceGuard::Check(const std::string& location) const {
  if (location.empty() || IsRemote(location)) return location;
  if (roots_.empty()) {
    return core::Fail(core::ErrorCode::kForbidden,
                      "This server reads no local paths; start it with --allow-root DIR.");
  }
  std::error_code error;
  fs::path canonical = fs::canonical(fs::path(location), error);
  if (error) {
    // Do not say whether the path exists outside the roots: check the lexical form first.
    fs::path lexical = fs::absolute(fs::path(location), error).lexically_normal();
    for (const auto& root : roots_) {
      if (Under(lexical, root)) {
        return core::Fail(core::ErrorCode::kInput, "The path " + location + " does not exist.");
      }
    }
    return core::Fail(core::ErrorCode::kForbidden, "The path is outside the allowed roots.");
  }
  for (const auto& root : roots_) {
    if (Under(canonical, fs::path(root))) return canonical.string();
  }
  return core::Fail(core::ErrorCode::kForbidden, "The path is outside the allowed roots.");
}

}  // namespace repopost::server
