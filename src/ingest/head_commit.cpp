#include "ingest/head_commit.h"

#include <git2.h>

namespace repopost::ingest {
namespace {

struct LibGit2 {
  LibGit2() { git_libgit2_init(); }
  ~LibGit2() { git_libgit2_shutdown(); }
};

}  // namespace

core::Result<std::string> HeadCommit(const std::string& path) {
  static LibGit2 library;
  git_repository* repo = nullptr;
  // No search upwards: a plain folder inside a repository is read as a plain folder by ingest.
  if (git_repository_open_ext(&repo, path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
    return core::Fail(core::ErrorCode::kInput, "'" + path + "' is not a git repository");
  }
  git_oid id;
  const int found = git_reference_name_to_id(&id, repo, "HEAD");
  git_repository_free(repo);
  if (found != 0) return core::Fail(core::ErrorCode::kInput, "'" + path + "' has no commits");
  char hex[GIT_OID_HEXSZ + 1];
  git_oid_tostr(hex, sizeof(hex), &id);
  return std::string(hex);
}

}  // namespace repopost::ingest
