// GitRepoReader: RepoReader over a git repository through libgit2 (the only file that includes
// git2.h). Files are the tree of HEAD, read from the object database, so a work tree, a bare
// repository and a detached HEAD read the same way, and provenance names one commit.
// Not thread-safe: one reader per ingest call.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "core/result.h"
#include "ingest/repo_reader.h"

namespace repopost::ingest {

// How `path` looks to libgit2.
enum class GitProbe {
  kNotRepository,  // open a plain directory instead
  kEmpty,          // a repository whose HEAD has no commit yet
  kRepository,
};

// Opens `path` (exactly that directory; parents are not searched) as a git repository.
GitProbe ProbeGitRepository(const std::string& path);

// REQUIRES: ProbeGitRepository(path) == kRepository.
// Errors: kInput when HEAD or its tree cannot be read (broken objects).
core::Result<std::unique_ptr<RepoReader>> OpenGitRepoReader(const std::string& path);

// The work tree of a repository, or "" for a bare one.
std::string GitWorkTree(const std::string& path);

}  // namespace repopost::ingest
