// GitHubClone: a local libgit2 clone of a GitHub repository, kept in a cache and fetched again on
// later use, so the local ingester can read the full history (the REST API gives recent commits
// only).
//
//   auto path = ingest::CloneOrFetch(*ParseGitHubUrl("o/r"), {});   // ~/.cache/repopost/clones/o/r
//   auto sheet = ingest::IngestPath(path->string(), {});
//
// Only the configured base is ever contacted: https://github.com unless the options (or
// REPOPOST_GITHUB_CLONE_BASE) name another one, such as a GitHub Enterprise host or, in tests, a
// file:// directory of bare repositories laid out as <base>/<owner>/<name>.git. Redirects are
// refused. Clones are bare mirrors of the branches and tags; HEAD names the default branch, or
// the /tree/BRANCH of the URL.
//
// Thread- and process-safety: a new clone is made in a temporary directory and renamed into
// place, so concurrent first uses leave one complete clone. Concurrent fetches of one clone are
// serialised by git's ref locks (the loser reports kProvider).
#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"
#include "ingest/github/github_url.h"

namespace repopost::ingest {

struct GitHubCloneOptions {
  // "" = $REPOPOST_GITHUB_CLONE_BASE, else https://github.com. Only https:// and file:// bases.
  std::string base;
  // "" = $XDG_CACHE_HOME/repopost/clones, else $HOME/.cache/repopost/clones.
  std::filesystem::path cache_dir;
};

// The clone URL of `ref` under `base` (path segments percent-encoded). kUsage for a base that is
// not https:// or file://.
core::Result<std::string> GitHubCloneUrl(const GitHubRepoRef& ref, const std::string& base);

// Clones `ref` into the cache, or fetches into the existing clone; returns the clone's path.
// Errors: kUsage (bad base), kNotFound (no such repository at the base), kProvider (network or
// git failure, with libgit2's message), kStore (cache directory not writable).
core::Result<std::filesystem::path> CloneOrFetch(const GitHubRepoRef& ref,
                                                 const GitHubCloneOptions& options);

}  // namespace repopost::ingest
