// ingest_bench: times IngestPath on a generated repository and prints peak RSS, next to the time
// of just walking the same history and tree with raw libgit2 (the floor for reading the inputs).
//
//   ingest_bench [--commits 10000] [--files 2000] [--runs 7]
//
// The repository is generated once into <build>/bench-cache/ and reused; generation is not
// timed. Generation runs in a child process so the measured process's peak RSS is ingest's. Budget
// (DESIGN.md section 8): ingest + write < 300 ms and < 64 MB on the 2-core machine; this measures
// the ingest part.
#include <git2.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "fixture_repo/fixture_repo.h"
#include "ingest/ingest.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct BenchOptions {
  std::size_t commits = 10000;
  std::size_t files = 2000;
  int runs = 7;
};

double Millis(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

fs::path CachePath(const BenchOptions& o) {
  return fs::path(REPOPOST_BINARY_DIR) / "bench-cache" /
         ("ingest-" + std::to_string(o.commits) + "c-" + std::to_string(o.files) + "f") / "repo";
}

void Generate(const BenchOptions& o, const fs::path& target) {
  std::printf("generating %zu commits x %zu files into %s (once, not timed)...\n", o.commits,
              o.files, target.c_str());
  auto start = Clock::now();
  // Objects end up in one pack file, as in a cloned repository.
  repopost::testing::FixtureRepo repo = repopost::testing::MakeLongHistoryRepo(o.commits, o.files);
  const fs::path source = repo.path();
  const fs::path temp_root = repo.Release();
  fs::create_directories(target.parent_path());
  fs::remove_all(target);
  fs::copy(source, target, fs::copy_options::recursive);
  fs::remove_all(temp_root);
  std::printf("generated in %.1f s\n", Millis(Clock::now() - start) / 1000.0);
}

// The floor: every commit looked up (author, time, subject) and every blob's header read.
double RawLibgit2WalkMs(const fs::path& path) {
  auto start = Clock::now();
  git_repository* repo = nullptr;
  if (git_repository_open(&repo, path.c_str()) < 0) return -1;
  git_revwalk* walk = nullptr;
  git_revwalk_new(&walk, repo);
  git_revwalk_sorting(walk, GIT_SORT_TIME);
  git_revwalk_push_head(walk);
  git_oid oid;
  std::size_t commits = 0;
  while (git_revwalk_next(&oid, walk) == 0) {
    git_commit* commit = nullptr;
    if (git_commit_lookup(&commit, repo, &oid) == 0) {
      commits += git_commit_author(commit)->when.time > 0 && git_commit_summary(commit) != nullptr;
      git_commit_free(commit);
    }
  }
  git_revwalk_free(walk);
  git_object* tree = nullptr;
  git_odb* odb = nullptr;
  git_repository_odb(&odb, repo);
  std::size_t files = 0;
  if (git_revparse_single(&tree, repo, "HEAD^{tree}") == 0) {
    struct Payload {
      git_odb* odb;
      std::size_t* files;
    } payload{odb, &files};
    git_tree_walk(
        reinterpret_cast<git_tree*>(tree), GIT_TREEWALK_PRE,
        [](const char*, const git_tree_entry* entry, void* p) {
          auto* pl = static_cast<Payload*>(p);
          if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
          std::size_t size = 0;
          git_object_t type;
          git_odb_read_header(&size, &type, pl->odb, git_tree_entry_id(entry));
          ++*pl->files;
          return 0;
        },
        &payload);
    git_object_free(tree);
  }
  git_odb_free(odb);
  git_repository_free(repo);
  const double ms = Millis(Clock::now() - start);
  if (commits == 0 || files == 0) return -1;
  return ms;
}

// User + system CPU time of this process so far, in ms: less sensitive than wall time to other
// jobs on a shared 2-core machine.
double CpuMs() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto ms = [](const timeval& t) { return t.tv_sec * 1000.0 + t.tv_usec / 1000.0; };
  return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  BenchOptions o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--commits" && i + 1 < argc)
      o.commits = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--files" && i + 1 < argc)
      o.files = std::strtoull(argv[++i], nullptr, 10);
    else if (arg == "--runs" && i + 1 < argc)
      o.runs = std::max(1, std::atoi(argv[++i]));
    else {
      std::fprintf(stderr, "usage: ingest_bench [--commits N] [--files N] [--runs N]\n");
      return 1;
    }
  }
  const fs::path repo = CachePath(o);
  if (!fs::exists(repo / ".git")) {
    // Generated in a child so that this process's peak RSS belongs to ingest alone
    // (ru_maxrss survives execve, but RUSAGE_SELF excludes children).
    const pid_t child = fork();
    if (child == 0) {
      Generate(o, repo);
      std::_Exit(0);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) < 0 || !WIFEXITED(status) ||
        WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "generating the benchmark repository failed\n");
      return 1;
    }
  }

  std::vector<double> ingest_ms, ingest_cpu_ms;
  std::size_t facts = 0, documents = 0;
  for (int run = 0; run < o.runs; ++run) {
    auto start = Clock::now();
    const double cpu_start = CpuMs();
    auto sheet = repopost::ingest::IngestPath(repo.string(), {});
    ingest_ms.push_back(Millis(Clock::now() - start));
    ingest_cpu_ms.push_back(CpuMs() - cpu_start);
    if (!sheet) {
      std::fprintf(stderr, "ingest failed: %s\n", sheet.error().message.c_str());
      return 2;
    }
    facts = sheet->facts.size();
    documents = sheet->documents.size();
  }
  const double peak_rss_mb = PeakRssMb();  // before the raw walk adds its own pages

  git_libgit2_init();
  std::vector<double> raw_ms, raw_cpu_ms;
  for (int run = 0; run < o.runs; ++run) {
    const double cpu_start = CpuMs();
    raw_ms.push_back(RawLibgit2WalkMs(repo));
    raw_cpu_ms.push_back(CpuMs() - cpu_start);
  }
  git_libgit2_shutdown();

  std::printf("repository: %zu commits, %zu files, packed (%s)\n", o.commits, o.files,
              repo.c_str());
  std::printf(
      "IngestPath:            first %.1f ms, median %.1f ms, min %.1f ms over %d runs "
      "(%zu facts, %zu documents)\n",
      ingest_ms.front(), Median(ingest_ms), *std::min_element(ingest_ms.begin(), ingest_ms.end()),
      o.runs, facts, documents);
  std::printf("IngestPath CPU time:   median %.1f ms (user + system)\n", Median(ingest_cpu_ms));
  std::printf("peak RSS (ingest):     %.1f MB\n", peak_rss_mb);
  std::printf("raw libgit2 walk:      median %.1f ms, min %.1f ms (history + tree headers)\n",
              Median(raw_ms), *std::min_element(raw_ms.begin(), raw_ms.end()));
  std::printf("raw walk CPU time:     median %.1f ms (libgit2 revwalk + commit lookups)\n",
              Median(raw_cpu_ms));
  std::printf("ingest overhead:       %.1f ms over the raw walk (median)\n",
              Median(ingest_ms) - Median(raw_ms));
  std::printf("budget (DESIGN.md 8):  ingest + write < 300 ms, < 64 MB\n");
  return 0;
}
