// Starts the real server on 127.0.0.1 over a throw-away SQLite database and a fixture
// repository, then runs wrk against POST /v1/posts and GET /v1/posts/{id} and prints its report
// (requests/s, latency percentiles). Usage: server_load_bench [SECONDS] [CONNECTIONS]
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "app/app_context.h"
#include "fixture_repo/fixture_repo.h"
#include "server/server.h"

namespace fs = std::filesystem;
using namespace repopost;

int main(int argc, char** argv) {
  const std::string seconds = argc > 1 ? argv[1] : "10";
  const std::string connections = argc > 2 ? argv[2] : "16";
  auto repo = testing::FixtureRepo::Create();
  repo.Write("README.md",
             "# demo-tool\n\nA tiny command-line tool that formats JSON files quickly.\n\n"
             "## Features\n\n- Pretty-prints JSON\n- Validates JSON against a schema\n\n"
             "## Install\n\n```sh\ncargo install demo-tool\n```\n");
  repo.Write("src/main.rs", "fn main() { println!(\"hi\"); }\n");
  repo.Commit("feat: first commit");
  const fs::path dir = fs::temp_directory_path() / ("repopost-bench-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  server::ServerOptions options;
  options.port = 0;
  options.allowed_roots = {repo.path().string()};
  options.per_address_limit = {0, 0};
  options.worker_threads = 2;
  options.max_queued_jobs = 4096;
  // The composition `repopost serve` uses: SQLite, the generation log, source rows, metrics.
  app::AppSettings settings{.db_url = "sqlite:" + (dir / "bench.db").string(), .data_dir = dir};
  settings.config.allowed_roots = options.allowed_roots;
  auto context = app::AppContext::Open(std::move(settings), app::EnvMap{});
  if (!context) return std::fprintf(stderr, "%s\n", context.error().message.c_str()), 1;
  auto server = server::Server::Create(options, {**context, nullptr, {}});
  if (!server) return std::fprintf(stderr, "%s\n", server.error().message.c_str()), 1;
  auto port = (*server)->Bind();
  if (!port) return 1;
  std::thread runner([&] { (void)(*server)->Run(); });
  const std::string base = "http://127.0.0.1:" + std::to_string(*port);
  const std::string wrk = "wrk --latency -t2 -c" + connections + " -d" + seconds + "s ";

  setenv("REPO", repo.path().c_str(), 1);
  std::printf("== POST /v1/posts (template writer, same repository) ==\n");
  std::fflush(stdout);
  std::system((wrk + "-s " REPOPOST_BENCH_DIR "/post_generate.lua " + base + "/v1/posts").c_str());

  auto history = (*context)->store().generations().ListHistory({.limit = 1});
  if (history && !history->empty()) {
    std::printf("\n== GET /v1/posts/{id} ==\n");
    std::fflush(stdout);
    std::system((wrk + base + "/v1/posts/" + history->front().generation.id).c_str());
  }
  (*server)->Stop();
  runner.join();
  fs::remove_all(dir);
  return 0;
}
