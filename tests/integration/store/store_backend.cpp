#include "store_backend.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <mutex>

#include "pg_cluster/pg_cluster.h"

namespace repopost::store::testing {
namespace {

namespace fs = std::filesystem;

// Removes the SQLite temp dirs of this process at exit.
struct TempDirs {
  std::vector<std::string> dirs;
  ~TempDirs() {
    std::error_code ec;
    for (const auto& dir : dirs) fs::remove_all(dir, ec);
  }
};

TempDirs& SqliteDirs() {
  static TempDirs dirs;
  return dirs;
}

core::Result<repopost::testing::PgCluster*> SharedCluster() {
  static std::mutex mutex;
  static std::unique_ptr<repopost::testing::PgCluster> cluster;
  static core::Error failure{core::ErrorCode::kInternal, ""};
  std::lock_guard<std::mutex> lock(mutex);
  if (!cluster && failure.message.empty()) {
    auto started = repopost::testing::PgCluster::Start();
    if (started) {
      cluster = std::move(*started);
    } else {
      failure = started.error();
    }
  }
  if (!cluster) return tl::unexpected(failure);
  return cluster.get();
}

}  // namespace

std::string BackendName(Backend backend) {
  return backend == Backend::kSqlite ? "Sqlite" : "Postgres";
}

core::Result<std::string> FreshDatabaseUrl(Backend backend) {
  static std::atomic<int> counter{0};
  int n = ++counter;
  if (backend == Backend::kSqlite) {
    std::string pattern = (fs::temp_directory_path() / "repopost-store-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      return core::Fail(core::ErrorCode::kStore, "cannot create a temp dir");
    }
    SqliteDirs().dirs.push_back(pattern);
    return "sqlite:" + pattern + "/store" + std::to_string(n) + ".db";
  }
  auto cluster = SharedCluster();
  if (!cluster) return tl::unexpected(cluster.error());
  return (*cluster)->CreateDatabase("conformance_" + std::to_string(getpid()) + "_" +
                                    std::to_string(n));
}

}  // namespace repopost::store::testing
