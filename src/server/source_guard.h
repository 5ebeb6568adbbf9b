// SourceGuard: local paths named in API requests may only point inside the configured roots.
// The path is canonicalised (symlinks resolved, `..` removed) and must then lie under a
// canonicalised root, so neither `..` nor a symlink can escape. GitHub URLs and `owner/repo`
// shorthands are not local paths and pass through. With no roots configured, no local path is
// allowed from the API.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace repopost::server {

class SourceGuard {
 public:
  explicit SourceGuard(const std::vector<std::string>& roots);
  // The canonical path to read for `location`, or the location unchanged for a remote source.
  // kForbidden outside the roots, kInput for a path that does not exist.
  core::Result<std::string> Check(const std::string& location) const;
  const std::vector<std::string>& Roots() const { return roots_; }

 private:
  std::vector<std::string> roots_;  // canonical
};

}  // namespace repopost::server
