// DirectoryReader: RepoReader over a plain directory on the file system (no history). Symbolic
// links are never followed, so link loops cannot trap the walk; .git, .hg and .svn folders are
// skipped. Listing stops at kMaxFiles files (with a warning) so a huge tree stays bounded.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "ingest/repo_reader.h"

namespace repopost::ingest {

inline constexpr std::size_t kMaxDirectoryFiles = 200000;

// Errors: kInput when `root` cannot be listed.
core::Result<std::unique_ptr<RepoReader>> OpenDirectoryReader(const std::string& root);

}  // namespace repopost::ingest
