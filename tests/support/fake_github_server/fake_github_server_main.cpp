// fake_github_server --repo OWNER/NAME [--repo ...]: the fake GitHub REST server as a process, for
// browser tests. Each repository is FakeGitHubServer::SampleRepository(owner, name). Prints
// "listening on BASE_URL" once ready and serves until SIGINT/SIGTERM.
#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <csignal>
#include <iostream>
#include <thread>

#include "fake_github_server/fake_github_server.h"

namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Fake GitHub REST API on 127.0.0.1 for tests"};
  std::vector<std::string> repos;
  app.add_option("--repo", repos, "OWNER/NAME to serve (repeatable)")->required();
  CLI11_PARSE(app, argc, argv);

  repopost::testing::FakeGitHubServer server;
  for (const std::string& repo : repos) {
    const std::size_t slash = repo.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == repo.size()) {
      std::cerr << "fake_github_server: --repo takes OWNER/NAME, not '" << repo << "'\n";
      return 2;
    }
    server.AddRepository(repopost::testing::FakeGitHubServer::SampleRepository(
        repo.substr(0, slash), repo.substr(slash + 1)));
  }
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::cout << "listening on " << server.base_url() << std::endl;
  while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  return 0;
}
