#include "ingest/github/github_clone.h"

#include <git2.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <system_error>

namespace repopost::ingest {
namespace {

constexpr const char* kFetchSpecs[] = {"+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"};

// Keeps libgit2 initialised while an operation runs (init/shutdown are reference counted).
struct Libgit2 {
  Libgit2() { git_libgit2_init(); }
  ~Libgit2() { git_libgit2_shutdown(); }
};

template <typename T, void (*Free)(T*)>
struct GitDeleter {
  void operator()(T* p) const { Free(p); }
};
using RepoPtr = std::unique_ptr<git_repository, GitDeleter<git_repository, git_repository_free>>;
using RemotePtr = std::unique_ptr<git_remote, GitDeleter<git_remote, git_remote_free>>;

std::string GitMessage() {
  const git_error* error = git_error_last();
  return error != nullptr && error->message != nullptr ? error->message : "unknown git error";
}

core::Error GitError(int code, const std::string& what) {
  if (code == GIT_ENOTFOUND) return {core::ErrorCode::kNotFound, what + ": " + GitMessage()};
  return {core::ErrorCode::kProvider, what + ": " + GitMessage()};
}

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

std::filesystem::path CacheDir(const GitHubCloneOptions& options) {
  if (!options.cache_dir.empty()) return options.cache_dir;
  if (std::string xdg = Env("XDG_CACHE_HOME"); !xdg.empty()) {
    return std::filesystem::path(xdg) / "repopost" / "clones";
  }
  if (std::string home = Env("HOME"); !home.empty()) {
    return std::filesystem::path(home) / ".cache" / "repopost" / "clones";
  }
  return std::filesystem::temp_directory_path() / "repopost" / "clones";
}

int CreateMirrorRemote(git_remote** out, git_repository* repo, const char* name, const char* url,
                       void*) {
  int rc = git_remote_create_with_fetchspec(out, repo, name, url, kFetchSpecs[0]);
  if (rc == 0) rc = git_remote_add_fetch(repo, name, kFetchSpecs[1]);
  return rc;
}

git_fetch_options FetchOptions() {
  git_fetch_options fetch = GIT_FETCH_OPTIONS_INIT;
  fetch.follow_redirects = GIT_REMOTE_REDIRECT_NONE;
  fetch.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL;
  fetch.prune = GIT_FETCH_PRUNE;
  return fetch;
}

// Points HEAD at `branch`, or at the remote's default branch when empty.
core::Status SetHead(git_repository* repo, git_remote* remote, const std::string& branch) {
  std::string target;
  if (!branch.empty()) {
    target = "refs/heads/" + branch;
  } else {
    git_buf name = GIT_BUF_INIT;
    if (git_remote_default_branch(&name, remote) == 0) target.assign(name.ptr, name.size);
    git_buf_dispose(&name);
    if (target.empty()) return core::Ok();  // keep the HEAD the clone chose
  }
  git_reference* ref = nullptr;
  if (git_reference_lookup(&ref, repo, target.c_str()) != 0) {
    return core::Fail(
        core::ErrorCode::kNotFound,
        "the repository has no branch '" + target.substr(std::string("refs/heads/").size()) + "'");
  }
  git_reference_free(ref);
  if (int rc = git_repository_set_head(repo, target.c_str()); rc != 0) {
    return tl::unexpected(GitError(rc, "cannot select branch " + target));
  }
  return core::Ok();
}

core::Status Fetch(const std::filesystem::path& path, const std::string& url,
                   const std::string& branch) {
  git_repository* raw_repo = nullptr;
  if (int rc = git_repository_open_bare(&raw_repo, path.c_str()); rc != 0) {
    return tl::unexpected(GitError(rc, "cannot open the cached clone " + path.string()));
  }
  RepoPtr repo(raw_repo);
  // The base may have changed since the clone was made: always fetch from the configured URL.
  if (int rc = git_remote_set_url(repo.get(), "origin", url.c_str()); rc != 0) {
    return tl::unexpected(GitError(rc, "cannot update the clone's remote"));
  }
  git_remote* raw_remote = nullptr;
  if (int rc = git_remote_lookup(&raw_remote, repo.get(), "origin"); rc != 0) {
    return tl::unexpected(GitError(rc, "the cached clone has no remote"));
  }
  RemotePtr remote(raw_remote);
  git_fetch_options fetch = FetchOptions();
  char* specs[] = {const_cast<char*>(kFetchSpecs[0]), const_cast<char*>(kFetchSpecs[1])};
  const git_strarray refspecs{specs, 2};
  if (int rc = git_remote_fetch(remote.get(), &refspecs, &fetch, "repopost fetch"); rc != 0) {
    return tl::unexpected(GitError(rc, "cannot fetch " + url));
  }
  return SetHead(repo.get(), remote.get(), branch);
}

core::Status Clone(const std::filesystem::path& path, const std::string& url,
                   const std::string& branch) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) {
    return core::Fail(
        core::ErrorCode::kStore,
        "cannot create the clone cache " + path.parent_path().string() + ": " + ec.message());
  }
  std::filesystem::path temp = path;
  temp += ".tmp-" + std::to_string(::getpid());
  std::filesystem::remove_all(temp, ec);
  git_clone_options options = GIT_CLONE_OPTIONS_INIT;
  options.bare = 1;
  options.remote_cb = CreateMirrorRemote;
  options.fetch_opts = FetchOptions();
  git_repository* raw_repo = nullptr;
  if (int rc = git_clone(&raw_repo, url.c_str(), temp.c_str(), &options); rc != 0) {
    core::Error error = GitError(rc, "cannot clone " + url);
    std::filesystem::remove_all(temp, ec);
    return tl::unexpected(error);
  }
  git_repository_free(raw_repo);
  // A mirror clone leaves HEAD on the remote's default branch only when libgit2 can map it; the
  // fetch below asks the remote for its default branch (or selects `branch`) explicitly.
  if (auto head = Fetch(temp, url, branch); !head) {
    std::filesystem::remove_all(temp, ec);
    return head;
  }
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    // Another process finished its clone first: keep theirs.
    std::filesystem::remove_all(temp, ec);
    if (!std::filesystem::exists(path / "HEAD")) {
      return core::Fail(core::ErrorCode::kStore, "cannot move the clone into " + path.string());
    }
  }
  return core::Ok();
}

}  // namespace

core::Result<std::string> GitHubCloneUrl(const GitHubRepoRef& ref, const std::string& base) {
  std::string root = base;
  while (!root.empty() && root.back() == '/') root.pop_back();
  const bool is_https = root.starts_with("https://") && root.size() > 8;
  const bool is_file = root.starts_with("file://") && root.size() > 7;
  if (!is_https && !is_file) {
    return core::Fail(core::ErrorCode::kUsage,
                      "the clone base must be an https:// or file:// URL, not '" + base + "'");
  }
  return root + "/" + PercentEncodeSegment(ref.owner) + "/" + PercentEncodeSegment(ref.name) +
         ".git";
}

core::Result<std::filesystem::path> CloneOrFetch(const GitHubRepoRef& ref,
                                                 const GitHubCloneOptions& options) {
  std::string base = options.base;
  if (base.empty()) base = Env("REPOPOST_GITHUB_CLONE_BASE");
  if (base.empty()) base = "https://github.com";
  auto url = GitHubCloneUrl(ref, base);
  if (!url) return tl::unexpected(url.error());
  Libgit2 libgit2;
  const std::filesystem::path path = CacheDir(options) / ref.owner / ref.name;
  std::error_code ec;
  core::Status status = std::filesystem::exists(path / "HEAD", ec) ? Fetch(path, *url, ref.branch)
                                                                   : Clone(path, *url, ref.branch);
  if (!status) return tl::unexpected(status.error());
  return path;
}

}  // namespace repopost::ingest
