// batch_bench [ITEMS]: throughput of the batch queue end to end (ingest, template writer, safety,
// score, store), with the real `repopost` binary as worker and batch processes.
//   - PostgreSQL (throw-away cluster, synchronous_commit=off): 1, 2 and 3 worker processes drain
//     ITEMS queued items; items/s from the first claim to the last completion as seen by a poller.
//   - SQLite: `repopost batch LIST --jobs 1|2|4`, items/s over the command's wall time (process
//     start, job creation and output file included).
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <thread>

#include "app/batch_list.h"
#include "child_process.h"
#include "pg_cluster/pg_cluster.h"
#include "store/store.h"

namespace {

using namespace std::chrono_literals;
using repopost::testing::ChildProcess;
using Clock = std::chrono::steady_clock;

double WorkersOnPostgres(repopost::testing::PgCluster& cluster, int workers, int items,
                         const std::vector<std::filesystem::path>& sources,
                         const std::filesystem::path& dir) {
  auto url = cluster.CreateDatabase("bench_w" + std::to_string(workers));
  if (!url) throw std::runtime_error(url.error().message);
  auto store = repopost::store::OpenStore(*url);
  if (!store) throw std::runtime_error(store.error().message);
  std::vector<std::string> lines;
  for (int i = 0; i < items; ++i) {
    lines.push_back(
        repopost::app::FormatBatchLine({.source = sources[i % sources.size()].string()}));
  }
  auto job = (*store)->batches().CreateBatchJob({.name = "bench"}, lines);
  if (!job) throw std::runtime_error(job.error().message);
  const std::map<std::string, std::string> env{{"XDG_DATA_HOME", (dir / "data").string()}};
  const auto started = Clock::now();
  std::vector<std::unique_ptr<ChildProcess>> procs;
  for (int i = 0; i < workers; ++i) {
    procs.push_back(std::make_unique<ChildProcess>(
        std::vector<std::string>{repopost::testing::RepopostBinary(), "worker", "--db", *url,
                                 "--poll", "0.02", "--quiet"},
        env, dir / "workers.log"));
  }
  while (true) {
    auto progress = (*store)->batches().GetBatchJob(job->id);
    if (!progress) throw std::runtime_error(progress.error().message);
    if (progress->IsFinished()) break;
    std::this_thread::sleep_for(5ms);
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  for (auto& p : procs) p->Signal(SIGTERM);
  for (auto& p : procs) p->Wait();
  return items / seconds;
}

double BatchOnSqlite(int jobs, int items, const std::vector<std::filesystem::path>& sources,
                     const std::filesystem::path& dir) {
  const std::filesystem::path list = dir / ("list-" + std::to_string(jobs) + ".txt");
  {
    std::ofstream out(list);
    for (int i = 0; i < items; ++i) out << sources[i % sources.size()].string() << "\n";
  }
  const std::map<std::string, std::string> env{{"XDG_DATA_HOME", (dir / "data").string()}};
  const auto started = Clock::now();
  const int code = repopost::testing::RunToExit(
      {repopost::testing::RepopostBinary(), "batch", list.string(), "--out",
       (dir / ("out-" + std::to_string(jobs) + ".csv")).string(), "--jobs", std::to_string(jobs),
       "--db", "sqlite:" + (dir / ("bench-" + std::to_string(jobs) + ".db")).string()},
      env, dir / "batch.log");
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  if (code != 0) throw std::runtime_error("batch exited with " + std::to_string(code));
  return items / seconds;
}

}  // namespace

int main(int argc, char** argv) {
  const int items = argc > 1 ? std::atoi(argv[1]) : 300;
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("batch_bench_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto sources = repopost::testing::MakeSourceDirectories(dir / "repos", 50);
  std::printf("batch_bench: %d items over 50 small source directories; %u hardware threads\n",
              items, std::thread::hardware_concurrency());
  try {
    auto cluster = repopost::testing::PgCluster::Start(
        {.durability = repopost::testing::PgDurability::kAsyncCommit});
    if (!cluster) throw std::runtime_error(cluster.error().message);
    for (int workers : {1, 2, 3}) {
      std::printf("postgres  %d worker process(es)   %8.1f items/s\n", workers,
                  WorkersOnPostgres(**cluster, workers, items, sources, dir));
      std::fflush(stdout);
    }
    for (int jobs : {1, 2, 4}) {
      std::printf("sqlite    batch --jobs %d          %8.1f items/s\n", jobs,
                  BatchOnSqlite(jobs, items, sources, dir));
      std::fflush(stdout);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "batch_bench: %s\n", e.what());
    std::filesystem::remove_all(dir);
    return 1;
  }
  std::filesystem::remove_all(dir);
  return 0;
}
