#include "fixture_repo/fixture_repo.h"

#include <git2.h>
#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace repopost::testing {
namespace {

// libgit2 is initialised once per process and shut down at exit.
void EnsureLibgit2() {
  struct Guard {
    Guard() { git_libgit2_init(); }
    ~Guard() { git_libgit2_shutdown(); }
  };
  static Guard guard;
}

void Check(int rc, const char* what) {
  if (rc >= 0) return;
  const git_error* err = git_error_last();
  throw std::runtime_error(std::string("fixture_repo: ") + what + ": " +
                           (err != nullptr && err->message != nullptr ? err->message : "error"));
}

std::filesystem::path MakeTempDir() {
  std::filesystem::path base = std::filesystem::temp_directory_path();
  std::string pattern = (base / "repopost-fixture-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("fixture_repo: mkdtemp failed");
  return pattern;
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

}  // namespace

void FixtureRepo::RepoCloser::operator()(git_repository* repo) const { git_repository_free(repo); }

FixtureRepo::FixtureRepo(std::filesystem::path root, std::filesystem::path path, bool bare,
                         std::unique_ptr<git_repository, RepoCloser> repo)
    : root_(std::move(root)), path_(std::move(path)), bare_(bare), repo_(std::move(repo)) {}

FixtureRepo FixtureRepo::Create(bool bare, const std::string& name) {
  EnsureLibgit2();
  std::filesystem::path root = MakeTempDir();
  std::filesystem::path path = bare ? root / (name + ".git") : root / name;
  git_repository* raw = nullptr;
  git_repository_init_options opts = GIT_REPOSITORY_INIT_OPTIONS_INIT;
  opts.flags =
      GIT_REPOSITORY_INIT_MKPATH | (bare ? static_cast<uint32_t>(GIT_REPOSITORY_INIT_BARE) : 0u);
  opts.initial_head = "main";
  Check(git_repository_init_ext(&raw, path.string().c_str(), &opts), "init");
  return FixtureRepo(root, path, bare, std::unique_ptr<git_repository, RepoCloser>(raw));
}

FixtureRepo::FixtureRepo(FixtureRepo&& other) noexcept
    : root_(std::move(other.root_)),
      path_(std::move(other.path_)),
      bare_(other.bare_),
      commit_count_(other.commit_count_),
      repo_(std::move(other.repo_)) {
  other.root_.clear();
}

FixtureRepo& FixtureRepo::operator=(FixtureRepo&& other) noexcept {
  if (this == &other) return *this;
  repo_.reset();
  if (!root_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }
  root_ = std::move(other.root_);
  other.root_.clear();
  path_ = std::move(other.path_);
  bare_ = other.bare_;
  commit_count_ = other.commit_count_;
  repo_ = std::move(other.repo_);
  return *this;
}

FixtureRepo::~FixtureRepo() {
  repo_.reset();
  if (!root_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }
}

void FixtureRepo::StageBuffer(const std::string& rel_path, std::string_view content,
                              unsigned int mode) {
  Owned<git_index, git_index_free> index;
  Check(git_repository_index(&index.ptr, repo_.get()), "open index");
  git_index_entry entry{};
  entry.path = rel_path.c_str();
  entry.mode = mode;
  // The repository caches its index object; it is written to disk once per Commit.
  Check(git_index_add_from_buffer(index.ptr, &entry, content.data(), content.size()), "stage");
}

void FixtureRepo::Write(const std::string& rel_path, std::string_view content) {
  if (!bare_ && mempack_ != nullptr) {
    pending_files_[rel_path] = std::string(content);  // written once, at EndBulk
  } else if (!bare_) {
    std::filesystem::path file = path_ / rel_path;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out) throw std::runtime_error("fixture_repo: cannot write " + file.string());
  }
  StageBuffer(rel_path, content, GIT_FILEMODE_BLOB);
}

void FixtureRepo::Symlink(const std::string& rel_path, const std::string& target) {
  if (!bare_) {
    std::filesystem::path link = path_ / rel_path;
    std::filesystem::create_directories(link.parent_path());
    std::filesystem::create_symlink(target, link);
  }
  StageBuffer(rel_path, target, GIT_FILEMODE_LINK);
}

void FixtureRepo::Remove(const std::string& rel_path) {
  pending_files_.erase(rel_path);
  if (!bare_) {
    std::error_code ec;
    std::filesystem::remove(path_ / rel_path, ec);
  }
  Owned<git_index, git_index_free> index;
  Check(git_repository_index(&index.ptr, repo_.get()), "open index");
  Check(git_index_remove_bypath(index.ptr, rel_path.c_str()), "unstage");
}

std::string FixtureRepo::Commit(const std::string& message, const std::string& author,
                                const std::string& email, long long epoch_seconds,
                                int tz_offset_minutes) {
  Owned<git_index, git_index_free> index;
  Check(git_repository_index(&index.ptr, repo_.get()), "open index");
  git_oid tree_id;
  Check(git_index_write_tree(&tree_id, index.ptr), "write tree");
  if (!bare_ && mempack_ == nullptr) Check(git_index_write(index.ptr), "write index");
  Owned<git_tree, git_tree_free> tree;
  Check(git_tree_lookup(&tree.ptr, repo_.get(), &tree_id), "lookup tree");
  Owned<git_signature, git_signature_free> sig;
  Check(
      git_signature_new(&sig.ptr, author.c_str(), email.c_str(), epoch_seconds, tz_offset_minutes),
      "signature");
  Owned<git_commit, git_commit_free> parent;
  git_oid head_id;
  const bool has_parent = HeadId(&head_id);
  if (has_parent) Check(git_commit_lookup(&parent.ptr, repo_.get(), &head_id), "lookup HEAD");
  const git_commit* parents[1] = {parent.ptr};
  git_oid commit_id;
  // In bulk mode HEAD moves in memory only (no ref file and reflog entry per commit).
  Check(git_commit_create(&commit_id, repo_.get(), mempack_ != nullptr ? nullptr : "HEAD", sig.ptr,
                          sig.ptr, nullptr, message.c_str(), tree.ptr, has_parent ? 1 : 0, parents),
        "commit");
  ++commit_count_;
  if (mempack_ != nullptr) bulk_head_ = git_oid_tostr_s(&commit_id);
  return git_oid_tostr_s(&commit_id);
}

void FixtureRepo::Tag(const std::string& name, const std::string& message) {
  Owned<git_object, git_object_free> head;
  git_oid head_id;
  if (!HeadId(&head_id)) throw std::runtime_error("fixture_repo: Tag before the first commit");
  Check(git_object_lookup(&head.ptr, repo_.get(), &head_id, GIT_OBJECT_COMMIT), "resolve HEAD");
  git_oid tag_id;
  if (message.empty()) {
    Check(git_tag_create_lightweight(&tag_id, repo_.get(), name.c_str(), head.ptr, 0), "tag");
    return;
  }
  const git_signature* author = git_commit_committer(reinterpret_cast<git_commit*>(head.ptr));
  Check(git_tag_create(&tag_id, repo_.get(), name.c_str(), head.ptr, author, message.c_str(), 0),
        "annotated tag");
}

bool FixtureRepo::HeadId(git_oid* out) const {
  if (!bulk_head_.empty()) return git_oid_fromstr(out, bulk_head_.c_str()) == 0;
  return git_reference_name_to_id(out, repo_.get(), "HEAD") == 0;
}

void FixtureRepo::DetachHead() {
  git_oid head_id;
  Check(git_reference_name_to_id(&head_id, repo_.get(), "HEAD"), "resolve HEAD");
  Check(git_repository_set_head_detached(repo_.get(), &head_id), "detach HEAD");
}

void FixtureRepo::BeginBulk() {
  if (mempack_ != nullptr) return;
  Owned<git_odb, git_odb_free> odb;
  Check(git_repository_odb(&odb.ptr, repo_.get()), "odb");
  git_odb_backend* backend = nullptr;
  Check(git_mempack_new(&backend), "mempack");
  Check(git_odb_add_backend(odb.ptr, backend, 1000),
        "add mempack");  // highest priority: gets writes
  mempack_ = backend;
}

void FixtureRepo::EndBulk() {
  if (mempack_ == nullptr) return;
  Owned<git_odb, git_odb_free> odb;
  Check(git_repository_odb(&odb.ptr, repo_.get()), "odb");
  git_buf pack = GIT_BUF_INIT;
  Check(git_mempack_dump(&pack, repo_.get(), mempack_), "dump mempack");
  git_odb_writepack* writer = nullptr;
  Check(git_odb_write_pack(&writer, odb.ptr, nullptr, nullptr), "write pack");
  git_indexer_progress stats{};
  int rc = writer->append(writer, pack.ptr, pack.size, &stats);
  if (rc >= 0) rc = writer->commit(writer, &stats);
  writer->free(writer);
  git_buf_dispose(&pack);
  Check(rc, "store pack");
  if (!bulk_head_.empty()) {  // point HEAD's branch at the last commit, once
    git_oid head_id;
    Check(git_oid_fromstr(&head_id, bulk_head_.c_str()), "head id");
    Owned<git_reference, git_reference_free> head;
    Check(git_reference_lookup(&head.ptr, repo_.get(), "HEAD"), "lookup HEAD");
    if (git_reference_type(head.ptr) == GIT_REFERENCE_SYMBOLIC) {
      Owned<git_reference, git_reference_free> branch;
      Check(git_reference_create(&branch.ptr, repo_.get(), git_reference_symbolic_target(head.ptr),
                                 &head_id, 1, "fixture bulk commits"),
            "update branch");
    } else {
      Check(git_repository_set_head_detached(repo_.get(), &head_id), "update HEAD");
    }
    bulk_head_.clear();
  }
  for (const auto& [rel_path, content] : pending_files_) {
    std::filesystem::path file = path_ / rel_path;
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  }
  pending_files_.clear();
  // libgit2 cannot unregister a backend, so the repository is reopened without it (the staged
  // index is saved first so that nothing staged is lost).
  Owned<git_index, git_index_free> index;
  Check(git_repository_index(&index.ptr, repo_.get()), "open index");
  Check(git_index_write(index.ptr), "write index");
  git_index_free(index.ptr);
  index.ptr = nullptr;
  git_odb_free(odb.ptr);
  odb.ptr = nullptr;
  repo_.reset();
  mempack_ = nullptr;
  git_repository* reopened = nullptr;
  Check(git_repository_open(&reopened, path_.string().c_str()), "reopen");
  repo_.reset(reopened);
}

void FixtureRepo::Pack() {
  Owned<git_packbuilder, git_packbuilder_free> builder;
  Check(git_packbuilder_new(&builder.ptr, repo_.get()), "packbuilder");
  Owned<git_revwalk, git_revwalk_free> walk;
  Check(git_revwalk_new(&walk.ptr, repo_.get()), "revwalk");
  Check(git_revwalk_push_head(walk.ptr), "push HEAD");
  git_revwalk_push_glob(walk.ptr, "refs/tags/*");
  Check(git_packbuilder_insert_walk(builder.ptr, walk.ptr), "insert walk");
  git_strarray tags{};
  Check(git_tag_list(&tags, repo_.get()), "tag list");
  for (std::size_t i = 0; i < tags.count; ++i) {
    git_oid id;
    if (git_reference_name_to_id(&id, repo_.get(),
                                 ("refs/tags/" + std::string(tags.strings[i])).c_str()) == 0) {
      git_packbuilder_insert(builder.ptr, &id, tags.strings[i]);
    }
  }
  git_strarray_dispose(&tags);
  Check(git_packbuilder_write(builder.ptr, nullptr, 0, nullptr, nullptr), "write pack");
  const std::filesystem::path objects =
      std::filesystem::path(git_repository_path(repo_.get())) / "objects";
  for (const auto& entry : std::filesystem::directory_iterator(objects)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory() && name.size() == 2 &&
        std::isxdigit(static_cast<unsigned char>(name[0]))) {
      std::filesystem::remove_all(entry.path());
    }
  }
  Owned<git_odb, git_odb_free> odb;
  Check(git_repository_odb(&odb.ptr, repo_.get()), "odb");
  git_odb_refresh(odb.ptr);
}

std::filesystem::path FixtureRepo::Release() {
  repo_.reset();
  std::filesystem::path root = std::move(root_);
  root_.clear();
  return root;
}

bool FixtureRepo::DeleteLooseObject(const std::string& object_id) {
  if (object_id.size() < 3) return false;
  std::filesystem::path git_dir = git_repository_path(repo_.get());
  std::filesystem::path file = git_dir / "objects" / object_id.substr(0, 2) / object_id.substr(2);
  std::error_code ec;
  return std::filesystem::remove(file, ec);
}

}  // namespace repopost::testing
