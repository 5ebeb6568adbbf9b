// RepoReader: the seam between ingest and where a repository's bytes come from. A git repository
// is read through libgit2 (GitRepoReader: the tree and blobs of HEAD, plus history); a plain
// directory through the file system (DirectoryReader: no history). Tests may fake it.
//
// Paths are repository-relative with '/' separators. Implementations never follow symbolic
// links and never throw; failures to read one file are reported per file.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace repopost::ingest {

// One tracked regular file (symbolic links and submodules are not listed).
struct TreeFile {
  std::string path;
  std::size_t size_bytes = 0;
};

// File content, at most the requested number of bytes.
struct FileBlob {
  std::string bytes;
  bool is_truncated = false;  // the file was larger than the cap
};

// A tag and the commit it points to (after peeling annotated tags).
struct TagRef {
  std::string name;
  std::string commit;
  long long epoch_seconds = 0;  // the tagged commit's time
  bool is_reachable = false;    // the commit is in HEAD's history (the walked part of it)
};

struct CommitSummary {
  std::string id;       // 40 hex digits
  std::string subject;  // first line of the message
  long long epoch_seconds = 0;
};

// What the commit history says, read from HEAD backwards.
struct History {
  std::size_t commit_count = 0;
  bool is_count_partial = false;      // walk stopped early (cap, shallow or broken history)
  CommitSummary first;                // the oldest commit reached
  CommitSummary last;                 // HEAD
  std::size_t author_count = 0;       // distinct authors after .mailmap
  std::vector<CommitSummary> recent;  // newest first, at most the requested count
  std::string latest_tag;             // "" when no tag points into the history
  std::string latest_tag_commit;
  long long latest_tag_epoch_seconds = 0;
  std::size_t commits_since_tag = 0;
  std::vector<TagRef> tags;  // every tag of the repository, newest commit first
  std::vector<std::string> warnings;
};

class RepoReader {
 public:
  virtual ~RepoReader() = default;

  // The commit the files are read at (40 hex digits), "" for a plain directory.
  virtual std::string CommitId() const = 0;
  // Every regular file, sorted by path.
  virtual const std::vector<TreeFile>& Files() const = 0;
  // The first `max_bytes` bytes of `path`. Errors: kInput when the file cannot be read.
  virtual core::Result<FileBlob> Read(const std::string& path, std::size_t max_bytes) const = 0;
  // History facts, or nullopt for a source without history.
  virtual std::optional<History> ReadHistory(std::size_t max_commits,
                                             std::size_t recent_count) const = 0;
  // Problems met while opening or listing (unreadable entries, skipped links).
  virtual const std::vector<std::string>& Warnings() const = 0;
};

// Opens `path` as a git repository (work tree, bare, detached HEAD) if it is one, else as a plain
// directory. Errors (kInput): the path does not exist, is a file, or is an empty repository with
// no commits and no files.
core::Result<std::unique_ptr<RepoReader>> OpenRepoReader(const std::string& path);

}  // namespace repopost::ingest
