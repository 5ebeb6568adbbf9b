// fake_llm_server --port N [--script FILE] [--log FILE]: the scripted OpenAI-compatible test
// server as a process, for CLI end-to-end tests. Prints "listening on BASE_URL" once ready and
// serves until SIGINT/SIGTERM; with --log, writes every received request as one JSON line on exit.
#include <CLI/CLI.hpp>
#include <atomic>
#include <csignal>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "fake_llm_server/fake_llm_server.h"
#include "fake_llm_server/fake_script.h"

namespace {

std::atomic<bool> g_stop{false};
void OnSignal(int) { g_stop = true; }

void WriteLog(const std::string& path, const repopost::fake::FakeLlmServer& server) {
  std::ofstream out(path);
  for (const auto& request : server.Requests()) {
    out << nlohmann::json{{"method", request.method},
                          {"path", request.path},
                          {"model", request.model},
                          {"stream", request.stream},
                          {"response_format", request.response_format},
                          {"reply", request.reply},
                          {"body", request.body}}
               .dump()
        << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scripted OpenAI-compatible chat server on 127.0.0.1 for tests"};
  int port = 0;
  std::string script_path, log_path;
  app.add_option("--port", port, "port on 127.0.0.1 (0 = any free port)");
  app.add_option("--script", script_path, "JSON script of replies");
  app.add_option("--log", log_path, "write received requests here as JSON lines on exit");
  CLI11_PARSE(app, argc, argv);

  repopost::fake::FakeScript script;
  if (!script_path.empty()) {
    std::ifstream in(script_path);
    if (!in) {
      std::cerr << "fake_llm_server: cannot read " << script_path << '\n';
      return 2;
    }
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = repopost::fake::ParseFakeScript(text.str());
    if (!parsed) {
      std::cerr << "fake_llm_server: " << parsed.error().message << '\n';
      return 2;
    }
    script = *parsed;
  }
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  repopost::fake::FakeLlmServer server(port);
  repopost::fake::ApplyScript(script, server);
  std::cout << "listening on " << server.base_url() << std::endl;
  while (!g_stop) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  server.Stop();
  if (!log_path.empty()) WriteLog(log_path, server);
  return 0;
}
