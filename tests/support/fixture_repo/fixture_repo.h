// FixtureRepo: a real git repository built with libgit2 in a fresh temporary directory, for
// tests and benchmarks. The directory is removed in the destructor. Movable, not copyable.
//
//   auto repo = repopost::testing::FixtureRepo::Create();
//   repo.Write("README.md", "# demo\n\nA tiny tool.\n");
//   std::string id = repo.Commit("feat: first commit");
//   repo.Tag("v0.1.0", "First release");
//   Ingest(repo.path().string());
//
// Write/Remove change both the work tree (non-bare) and the index; Commit records the index as a
// new commit on HEAD. Failures throw std::runtime_error: a fixture that cannot be built is a
// broken test, not an input error. Not thread-safe; one repository per test.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>

struct git_repository;
struct git_odb_backend;
struct git_oid;

namespace repopost::testing {

class FixtureRepo {
 public:
  // A new, empty repository (no commits) in a fresh temp directory. `bare` makes a bare one.
  // `name` is the repository directory's name (".git" is appended for a bare one).
  static FixtureRepo Create(bool bare = false, const std::string& name = "repo");

  FixtureRepo(FixtureRepo&& other) noexcept;
  FixtureRepo& operator=(FixtureRepo&& other) noexcept;
  FixtureRepo(const FixtureRepo&) = delete;
  FixtureRepo& operator=(const FixtureRepo&) = delete;
  ~FixtureRepo();

  // Writes (creates or replaces) a file and stages it. Content is bytes; any encoding allowed.
  void Write(const std::string& rel_path, std::string_view content);
  // Creates a symbolic link `rel_path` -> `target` in the work tree and stages it.
  void Symlink(const std::string& rel_path, const std::string& target);
  // Deletes a file from the work tree and the index.
  void Remove(const std::string& rel_path);

  // Commits the staged state to HEAD (parent: the current HEAD, none on the first commit).
  // Returns the commit id (40 hex digits). A commit with no change is allowed.
  std::string Commit(const std::string& message, const std::string& author = "Ada Lovelace",
                     const std::string& email = "ada@example.com",
                     long long epoch_seconds = 1700000000, int tz_offset_minutes = 0);

  // Tags HEAD: annotated when `message` is non-empty, lightweight otherwise.
  void Tag(const std::string& name, const std::string& message = "");

  // Points HEAD directly at the current commit (detached HEAD).
  void DetachHead();

  // Deletes the loose object file of `object_id` (simulates a broken or shallow repository).
  // Returns false when the object is not stored loose.
  bool DeleteLooseObject(const std::string& object_id);

  // Between BeginBulk and EndBulk, new objects are kept in memory (libgit2's mempack backend)
  // and EndBulk writes them as one pack file: building thousands of commits this way avoids
  // one loose file per object. During a bulk, HEAD, the index file and the work tree are
  // updated once, at EndBulk (Remove and Symlink still act at once).
  void BeginBulk();
  void EndBulk();

  // Writes every object reachable from HEAD and the tags into one pack file and deletes the
  // loose objects, as `git gc` would: the layout of a cloned repository.
  void Pack();

  // Gives up ownership: the directory is no longer removed on destruction. Returns the
  // temporary directory holding the repository (path() is inside it). The object is then empty.
  std::filesystem::path Release();

  // The repository root: the work tree, or the git directory for a bare repository.
  const std::filesystem::path& path() const { return path_; }
  bool is_bare() const { return bare_; }
  std::size_t commit_count() const { return commit_count_; }

 private:
  struct RepoCloser {
    void operator()(git_repository* repo) const;
  };

  FixtureRepo(std::filesystem::path root, std::filesystem::path path, bool bare,
              std::unique_ptr<git_repository, RepoCloser> repo);
  void StageBuffer(const std::string& rel_path, std::string_view content, unsigned int mode);
  bool HeadId(git_oid* out) const;

  std::filesystem::path root_;  // temp directory removed on destruction ("" when moved from)
  std::filesystem::path path_;
  bool bare_ = false;
  std::size_t commit_count_ = 0;
  git_odb_backend* mempack_ = nullptr;                // owned by the repository's object database
  std::string bulk_head_;                             // HEAD during a bulk, "" otherwise
  std::map<std::string, std::string> pending_files_;  // work-tree writes deferred to EndBulk
  std::unique_ptr<git_repository, RepoCloser> repo_;
};

// Ready-made fixtures. Each returns a committed repository.

// "leakyd", a repository that leaks credentials everywhere (issue 16): its README holds an AWS
// access key id, a GitHub token (in a feature bullet), an OpenAI project key, an AWS secret key
// and an RSA private key block; package.json's description, a commit subject and a .env file
// hold more. kLeakedSecrets lists every secret string, for asserting that none escapes.
FixtureRepo MakeLeakyRepo();
extern const char* const kLeakedSecrets[8];
// A command-line tool "tidyjson": README with tagline, badges, features, install and usage code
// blocks; package.json, LICENSE (MIT), CHANGELOG.md with versions, examples/, docs/, src/; tags
// v1.0.0 and v1.1.0 and a few commits after the latest tag; two authors.
FixtureRepo MakeCliToolRepo();
// Five source files, no README, no manifest, one commit.
FixtureRepo MakeNoReadmeRepo();
// Non-ASCII names, authors and README text (CJK, accents, emoji).
FixtureRepo MakeUnicodeRepo();
// A Rust library with Cargo.toml, README.rst and CHANGES.rst.
FixtureRepo MakeRustCrateRepo();
// A Python package with pyproject.toml and README.txt (plain text).
FixtureRepo MakePythonPackageRepo();
// `commit_count` commits, each touching one of `file_count` C++ files; one tag every 500 commits.
FixtureRepo MakeLongHistoryRepo(std::size_t commit_count, std::size_t file_count);

// Builds a repository from a ../shared/data/repo-docs/<name> folder: every path of tree.tsv is a
// file (the real file when the folder has it, else placeholder lines of about the listed size,
// capped at `max_placeholder_bytes`), and the commits of git-log.tsv are replayed oldest first
// with their dates, authors and subjects. The first replayed commit adds every file. The
// repository directory is named after the folder ("fzf").
FixtureRepo FromRepoDocs(const std::filesystem::path& dir,
                         std::size_t max_placeholder_bytes = 256 * 1024);

}  // namespace repopost::testing
