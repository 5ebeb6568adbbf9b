#include "ingest/git_repo_reader.h"

#include <git2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <queue>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace repopost::ingest {
namespace {

// libgit2 is initialised once per process. The object cache is capped so that walking a long
// history keeps memory flat (ingest reads each commit once).
void EnsureLibgit2() {
  struct Guard {
    Guard() {
      git_libgit2_init();
      git_libgit2_opts(GIT_OPT_SET_CACHE_MAX_SIZE, static_cast<ssize_t>(32 << 20));
    }
    ~Guard() { git_libgit2_shutdown(); }
  };
  static Guard guard;
}

template <typename T, void (*Free)(T*)>
struct Owned {
  T* ptr = nullptr;
  Owned() = default;
  Owned(const Owned&) = delete;
  Owned& operator=(const Owned&) = delete;
  ~Owned() {
    if (ptr != nullptr) Free(ptr);
  }
};

std::string LastGitError() {
  const git_error* err = git_error_last();
  return err != nullptr && err->message != nullptr ? err->message : "unknown libgit2 error";
}

std::string Hex(const git_oid* oid) { return git_oid_tostr_s(oid); }

int OpenExact(git_repository** out, const std::string& path) {
  return git_repository_open_ext(out, path.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
}

// Orders tag names so that "v1.10.0" > "v1.9.0": digit runs compare numerically.
bool VersionLess(const std::string& a, const std::string& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (std::isdigit(static_cast<unsigned char>(a[i])) &&
        std::isdigit(static_cast<unsigned char>(b[j]))) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && std::isdigit(static_cast<unsigned char>(a[ei]))) ++ei;
      while (ej < b.size() && std::isdigit(static_cast<unsigned char>(b[ej]))) ++ej;
      std::string na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
      na.erase(0, std::min(na.find_first_not_of('0'), na.size()));
      nb.erase(0, std::min(nb.find_first_not_of('0'), nb.size()));
      if (na.size() != nb.size()) return na.size() < nb.size();
      if (na != nb) return na < nb;
      i = ei;
      j = ej;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  return a.size() - i < b.size() - j;
}

using TagMap = std::unordered_map<std::string, std::vector<std::string>>;
// Every tag with its commit time; `is_reachable` is set after the history walk.
using TagList = std::vector<TagRef>;
class HistoryAccumulator;

class GitRepoReader final : public RepoReader {
 public:
  GitRepoReader(git_repository* repo, git_oid head) : head_(head) { repo_.ptr = repo; }

  core::Status ListTree() {
    Owned<git_commit, git_commit_free> commit;
    if (git_commit_lookup(&commit.ptr, repo_.ptr, &head_) < 0) {
      return core::Fail(core::ErrorCode::kInput,
                        "Cannot read the HEAD commit (" + LastGitError() + ").");
    }
    Owned<git_tree, git_tree_free> tree;
    if (git_commit_tree(&tree.ptr, commit.ptr) < 0) {
      return core::Fail(core::ErrorCode::kInput,
                        "Cannot read the file tree of HEAD (" + LastGitError() + ").");
    }
    Owned<git_odb, git_odb_free> odb;
    if (git_repository_odb(&odb.ptr, repo_.ptr) < 0) {
      return core::Fail(core::ErrorCode::kInput, "Cannot open the object database.");
    }
    odb_ = odb.ptr;
    git_tree_walk(tree.ptr, GIT_TREEWALK_PRE, &GitRepoReader::VisitEntry, this);
    odb_ = nullptr;
    std::vector<std::size_t> order(files_.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return files_[a].path < files_[b].path; });
    std::vector<TreeFile> files;
    std::vector<git_oid> oids;
    files.reserve(order.size());
    oids.reserve(order.size());
    for (std::size_t i : order) {
      files.push_back(std::move(files_[i]));
      oids.push_back(oids_[i]);
    }
    files_ = std::move(files);
    oids_ = std::move(oids);
    for (std::size_t i = 0; i < files_.size(); ++i) index_.emplace(files_[i].path, i);
    return core::Ok();
  }

  std::string CommitId() const override { return Hex(&head_); }
  const std::vector<TreeFile>& Files() const override { return files_; }
  const std::vector<std::string>& Warnings() const override { return warnings_; }

  core::Result<FileBlob> Read(const std::string& path, std::size_t max_bytes) const override {
    auto it = index_.find(path);
    if (it == index_.end()) {
      return core::Fail(core::ErrorCode::kInput, path + " is not a file of the repository.");
    }
    Owned<git_blob, git_blob_free> blob;
    if (git_blob_lookup(&blob.ptr, repo_.ptr, &oids_[it->second]) < 0) {
      return core::Fail(core::ErrorCode::kInput,
                        "Cannot read " + path + " from the repository (" + LastGitError() + ").");
    }
    const auto size = static_cast<std::size_t>(git_blob_rawsize(blob.ptr));
    const char* data = static_cast<const char*>(git_blob_rawcontent(blob.ptr));
    FileBlob out;
    out.is_truncated = size > max_bytes;
    out.bytes.assign(data, std::min(size, max_bytes));
    return out;
  }

  std::optional<History> ReadHistory(std::size_t max_commits,
                                     std::size_t recent_count) const override;

 private:
  static int VisitEntry(const char* root, const git_tree_entry* entry, void* payload) {
    auto* self = static_cast<GitRepoReader*>(payload);
    const git_filemode_t mode = git_tree_entry_filemode(entry);
    if (mode != GIT_FILEMODE_BLOB && mode != GIT_FILEMODE_BLOB_EXECUTABLE) return 0;
    const git_oid* oid = git_tree_entry_id(entry);
    std::size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    std::string path = std::string(root) + git_tree_entry_name(entry);
    if (git_odb_read_header(&size, &type, self->odb_, oid) < 0) {
      self->warnings_.push_back("Object of " + path + " is missing; the file was skipped.");
      return 0;
    }
    self->files_.push_back(TreeFile{std::move(path), size});
    self->oids_.push_back(*oid);
    return 0;
  }

  TagMap TagsByCommit(TagList& all) const;

  Owned<git_repository, git_repository_free> repo_;
  git_oid head_;
  git_odb* odb_ = nullptr;  // borrowed during ListTree only
  std::vector<TreeFile> files_;
  std::vector<git_oid> oids_;  // parallel to files_
  std::unordered_map<std::string, std::size_t> index_;
  std::vector<std::string> warnings_;
};

TagMap GitRepoReader::TagsByCommit(TagList& all) const {
  TagMap out;
  git_strarray names{};
  if (git_tag_list(&names, repo_.ptr) < 0) return out;
  for (std::size_t i = 0; i < names.count; ++i) {
    const std::string name = names.strings[i];
    Owned<git_reference, git_reference_free> ref;
    Owned<git_object, git_object_free> target;
    if (git_reference_lookup(&ref.ptr, repo_.ptr, ("refs/tags/" + name).c_str()) < 0) continue;
    if (git_reference_peel(&target.ptr, ref.ptr, GIT_OBJECT_COMMIT) < 0) continue;
    const std::string commit = Hex(git_object_id(target.ptr));
    out[commit].push_back(name);
    const auto* as_commit = reinterpret_cast<const git_commit*>(target.ptr);
    all.push_back({name, commit, static_cast<long long>(git_commit_time(as_commit)), false});
  }
  git_strarray_dispose(&names);
  return out;
}

// Accumulates History from commits visited newest first.
class HistoryAccumulator {
 public:
  HistoryAccumulator(History& history, const TagMap& tags, git_mailmap* mailmap,
                     std::size_t recent_count)
      : history_(history), tags_(tags), mailmap_(mailmap), recent_count_(recent_count) {}

  void Add(const git_oid& oid, git_commit* commit) {
    const char* subject = git_commit_summary(commit);
    CommitSummary summary{Hex(&oid), subject != nullptr ? subject : "",
                          static_cast<long long>(git_commit_time(commit))};
    const git_signature* author = git_commit_author(commit);
    const char* name = author->name;
    const char* email = author->email;
    if (mailmap_ != nullptr) git_mailmap_resolve(&name, &email, mailmap_, name, email);
    std::string key = email != nullptr && *email != '\0' ? email : name;
    std::transform(key.begin(), key.end(), key.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    authors_.insert(std::move(key));
    if (history_.latest_tag.empty()) {
      auto it = tags_.find(summary.id);
      if (it != tags_.end()) {
        history_.latest_tag = *std::max_element(it->second.begin(), it->second.end(), VersionLess);
        history_.latest_tag_commit = summary.id;
        history_.latest_tag_epoch_seconds = summary.epoch_seconds;
        history_.commits_since_tag = history_.commit_count;
      }
    }
    if (history_.commit_count == 0) history_.last = summary;
    if (history_.recent.size() < recent_count_) history_.recent.push_back(summary);
    history_.first = std::move(summary);
    ++history_.commit_count;
    history_.author_count = authors_.size();
  }

 private:
  History& history_;
  const TagMap& tags_;
  git_mailmap* mailmap_;
  std::size_t recent_count_;
  std::unordered_set<std::string> authors_;
};

struct OidHash {
  std::size_t operator()(const git_oid& oid) const {
    std::size_t h = 0;
    std::memcpy(&h, oid.id, sizeof h);
    return h;
  }
};
struct OidEqual {
  bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_equal(&a, &b) != 0; }
};

// A commit waiting to be visited; the newest is visited first (git log's default order).
struct PendingCommit {
  long long time = 0;
  git_commit* commit = nullptr;
  bool operator<(const PendingCommit& other) const { return time < other.time; }
};

// The history walk, newest first, reading each commit object once (libgit2's revwalk reads
// every commit a second time to parse it, which doubles the cost on long histories). A parent
// that cannot be read (shallow clone, broken objects) ends that line of history with a warning
// instead of ending the walk.
std::optional<History> GitRepoReader::ReadHistory(std::size_t max_commits,
                                                  std::size_t recent_count) const {
  History history;
  Owned<git_mailmap, git_mailmap_free> mailmap;
  git_mailmap_from_repository(&mailmap.ptr, repo_.ptr);  // none is fine: names stay as written
  TagList all_tags;
  const TagMap tags = TagsByCommit(all_tags);
  HistoryAccumulator accumulator(history, tags, mailmap.ptr, recent_count);
  std::priority_queue<PendingCommit> queue;
  std::unordered_set<git_oid, OidHash, OidEqual> seen;
  std::size_t unreadable = 0;
  auto enqueue = [&](const git_oid& oid) {
    if (!seen.insert(oid).second) return;
    git_commit* commit = nullptr;
    if (git_commit_lookup(&commit, repo_.ptr, &oid) < 0) {
      ++unreadable;
      return;
    }
    queue.push(PendingCommit{static_cast<long long>(git_commit_time(commit)), commit});
  };
  enqueue(head_);
  while (!queue.empty()) {
    if (history.commit_count >= max_commits) {
      history.is_count_partial = true;
      break;
    }
    Owned<git_commit, git_commit_free> commit;
    commit.ptr = queue.top().commit;
    queue.pop();
    accumulator.Add(*git_commit_id(commit.ptr), commit.ptr);
    const unsigned int parents = git_commit_parentcount(commit.ptr);
    for (unsigned int i = 0; i < parents; ++i) enqueue(*git_commit_parent_id(commit.ptr, i));
  }
  while (!queue.empty()) {
    git_commit_free(queue.top().commit);
    queue.pop();
  }
  for (TagRef& tag : all_tags) {
    git_oid oid;
    tag.is_reachable = git_oid_fromstr(&oid, tag.commit.c_str()) == 0 && seen.contains(oid);
  }
  std::stable_sort(all_tags.begin(), all_tags.end(), [](const TagRef& a, const TagRef& b) {
    return a.epoch_seconds != b.epoch_seconds ? a.epoch_seconds > b.epoch_seconds
                                              : VersionLess(b.name, a.name);
  });
  history.tags = std::move(all_tags);
  if (unreadable > 0) {
    history.is_count_partial = true;
    history.warnings.push_back("History is incomplete: " + std::to_string(unreadable) +
                               " parent commit(s) cannot be read (shallow or broken repository).");
  }
  return history;
}

}  // namespace

GitProbe ProbeGitRepository(const std::string& path) {
  EnsureLibgit2();
  Owned<git_repository, git_repository_free> repo;
  if (OpenExact(&repo.ptr, path) < 0) return GitProbe::kNotRepository;
  git_oid head;
  if (git_reference_name_to_id(&head, repo.ptr, "HEAD") < 0) return GitProbe::kEmpty;
  return GitProbe::kRepository;
}

std::string GitWorkTree(const std::string& path) {
  EnsureLibgit2();
  Owned<git_repository, git_repository_free> repo;
  if (OpenExact(&repo.ptr, path) < 0) return "";
  const char* workdir = git_repository_workdir(repo.ptr);
  return workdir != nullptr ? workdir : "";
}

core::Result<std::unique_ptr<RepoReader>> OpenGitRepoReader(const std::string& path) {
  EnsureLibgit2();
  git_repository* raw = nullptr;
  if (OpenExact(&raw, path) < 0) {
    return core::Fail(core::ErrorCode::kInput,
                      path + " cannot be opened as a git repository (" + LastGitError() + ").");
  }
  git_oid head;
  if (git_reference_name_to_id(&head, raw, "HEAD") < 0) {
    git_repository_free(raw);
    return core::Fail(core::ErrorCode::kInput, path + " has no commits yet.");
  }
  auto reader = std::make_unique<GitRepoReader>(raw, head);
  if (auto listed = reader->ListTree(); !listed) {
    return tl::unexpected(listed.error());
  }
  return std::unique_ptr<RepoReader>(std::move(reader));
}

}  // namespace repopost::ingest
