// The server under abuse (issue 16), measured over loopback against the real server in this
// process, with its default limits unless a line says otherwise. Prints:
//   1. a 200 MB chunked POST /v1/check: the process's peak RSS growth and the time to the 413;
//   2. /v1/health latency (p50, p99, max of 50 probes) while N slowloris sockets are held open;
//   3. `verify` (safety::VerifyText) time at 1 MB and 4 MB of text against a same-size source,
//      and POST /v1/check with a 1 MB post (the server's text cap) on the worker pool.
// Usage: server_abuse_bench [--skip-verify-4mb]
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "app/app_context.h"
#include "fixture_repo/fixture_repo.h"
#include "safety/verification.h"
#include "server/server.h"

namespace fs = std::filesystem;
using namespace repopost;
using Clock = std::chrono::steady_clock;

namespace {

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

long PeakRssKiB() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}
void ResetPeakRss() { std::ofstream("/proc/self/clear_refs") << "5"; }

int Connect(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  timeval timeout{30, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

std::string ReadAnswer(int fd) {
  std::string out;
  char buffer[4096];
  ssize_t n;
  while ((n = recv(fd, buffer, sizeof buffer, 0)) > 0) {
    out.append(buffer, static_cast<std::size_t>(n));
    if (out.find("\r\n\r\n") != std::string::npos && out.size() > 200) break;
  }
  return out;
}

// A request over a fresh connection; returns the status line's code (0 on failure).
int Request(int port, const std::string& request, std::string* answer = nullptr) {
  const int fd = Connect(port);
  if (fd < 0) return 0;
  send(fd, request.data(), request.size(), MSG_NOSIGNAL);
  std::string got = ReadAnswer(fd);
  close(fd);
  if (answer) *answer = got;
  return got.size() > 12 ? std::atoi(got.c_str() + 9) : 0;
}

void ChunkedBody(int port) {
  constexpr std::size_t kTotal = 200u << 20;
  ResetPeakRss();
  const long before = PeakRssKiB();
  const auto started = Clock::now();
  const int fd = Connect(port);
  const std::string head =
      "POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
      "Transfer-Encoding: chunked\r\n\r\n";
  send(fd, head.data(), head.size(), MSG_NOSIGNAL);
  const std::string chunk = "10000\r\n" + std::string(0x10000, ' ') + "\r\n";
  std::size_t sent = 0;
  while (sent < kTotal) {
    if (send(fd, chunk.data(), chunk.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(chunk.size()))
      break;
    sent += 0x10000;
  }
  const std::string answer = ReadAnswer(fd);
  const auto elapsed = Clock::now() - started;
  close(fd);
  std::printf(
      "200 MB chunked POST /v1/check: status %d after %.1f ms, client sent %.1f MB before "
      "the server stopped reading, peak RSS growth %ld KiB (%ld -> %ld KiB)\n",
      answer.size() > 12 ? std::atoi(answer.c_str() + 9) : 0, Ms(elapsed),
      static_cast<double>(sent) / (1 << 20), PeakRssKiB() - before, before, PeakRssKiB());
}

void HealthUnderSlowloris(int port, int slow_sockets) {
  std::vector<int> slow;
  for (int i = 0; i < slow_sockets; ++i) {
    const int fd = Connect(port);
    const std::string partial = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    send(fd, partial.data(), partial.size(), MSG_NOSIGNAL);
    slow.push_back(fd);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  std::vector<double> latencies;
  int failures = 0;
  for (int i = 0; i < 50; ++i) {
    const auto started = Clock::now();
    const int status = Request(port,
                               "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                               "Connection: close\r\n\r\n");
    latencies.push_back(Ms(Clock::now() - started));
    failures += status == 200 ? 0 : 1;
  }
  std::sort(latencies.begin(), latencies.end());
  std::printf(
      "/v1/health with %3d slowloris sockets held: p50 %.2f ms, p99 %.2f ms, max %.2f ms, "
      "%d of 50 not 200\n",
      slow_sockets, latencies[25], latencies[49 * 99 / 100], latencies.back(), failures);
  for (int fd : slow) close(fd);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
}

// README-like prose of about `bytes` bytes, varied so no two sentences repeat.
std::string Prose(std::size_t bytes, unsigned seed) {
  static const char* kWords[] = {"fast",   "index",  "query",   "storage", "library", "server",
                                 "client", "stream", "buffer",  "cache",   "thread",  "parser",
                                 "search", "filter", "release", "memory",  "format",  "engine"};
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> word(0, static_cast<int>(std::size(kWords)) - 1);
  std::uniform_int_distribution<int> number(1, 5000);
  std::string out;
  while (out.size() < bytes) {
    out += "The";
    for (int i = 0; i < 12; ++i) {
      out += ' ';
      out += kWords[word(rng)];
      if (i == 6) out += " " + std::to_string(number(rng)) + " ms";
    }
    out += ".\n";
  }
  return out;
}

void Verify(std::size_t megabytes) {
  const std::string source = Prose(megabytes << 20, 1);
  const std::string text = Prose(megabytes << 20, 2);
  const auto started = Clock::now();
  auto report = safety::VerifyText({{"source.md", source}}, text);
  std::printf("verify, %zu MB text against a %zu MB source: %.1f s (%s)\n", megabytes, megabytes,
              Ms(Clock::now() - started) / 1000,
              report ? std::string(safety::ToString(report->consistency)).c_str()
                     : report.error().message.c_str());
  std::fflush(stdout);
}

void CheckOverHttp(int port, const std::string& repo) {
  std::string post = Prose(1 << 20, 3);
  post.resize((1 << 20) - 1024);  // just under the server's 1 MiB text cap
  const std::string body = nlohmann::json{{"source", {{"location", repo}}}, {"post", post}}.dump();
  const std::string request =
      "POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
      "application/json\r\nConnection: close\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body;
  const auto started = Clock::now();
  std::string answer;
  const int status = Request(port, request, &answer);
  const double took = Ms(Clock::now() - started);
  // Meanwhile the connection threads stay free: a health probe during a second check.
  std::thread check([&] { Request(port, request); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto probe = Clock::now();
  const int health = Request(port,
                             "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Connection: close\r\n\r\n");
  const double health_ms = Ms(Clock::now() - probe);
  check.join();
  std::printf(
      "POST /v1/check, 1 MB post (worker pool, 30 s deadline): status %d after %.1f s; "
      "/v1/health during a check: status %d in %.2f ms\n",
      status, took / 1000, health, health_ms);
}

}  // namespace

int main(int argc, char** argv) {
  const bool skip_4mb = argc > 1 && std::string(argv[1]) == "--skip-verify-4mb";
  auto repo = testing::FixtureRepo::Create();
  repo.Write("README.md",
             "# demo-tool\n\nA tiny command-line tool that formats JSON files quickly.\n\n"
             "## Install\n\n```sh\ncargo install demo-tool\n```\n");
  repo.Commit("feat: first commit");
  const fs::path dir = fs::temp_directory_path() / ("repopost-abuse-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  server::ServerOptions options;
  options.port = 0;
  options.allowed_roots = {repo.path().string()};
  options.per_address_limit = {0, 0};         // no request rate limit: the bench is one address
  options.max_connections_per_address = 128;  // so 100 slow sockets and the probe share one address
  app::AppSettings settings{.db_url = "sqlite:" + (dir / "bench.db").string(), .data_dir = dir};
  settings.config.allowed_roots = options.allowed_roots;
  auto context = app::AppContext::Open(std::move(settings), app::EnvMap{});
  if (!context) return std::fprintf(stderr, "%s\n", context.error().message.c_str()), 1;
  auto server = server::Server::Create(options, {**context, nullptr, {}});
  if (!server) return std::fprintf(stderr, "%s\n", server.error().message.c_str()), 1;
  auto port = (*server)->Bind();
  if (!port) return 1;
  std::thread runner([&] { (void)(*server)->Run(); });
  std::printf(
      "limits: max body 2 MiB, header deadline 10 s, body deadline 30 s, idle 5 s, "
      "128 connections (per address raised to 128 for this bench)\n");

  ChunkedBody(*port);
  for (int n : {0, 20, 100}) HealthUnderSlowloris(*port, n);
  std::fflush(stdout);
  CheckOverHttp(*port, repo.path().string());
  Verify(1);
  if (!skip_4mb) Verify(4);

  (*server)->Stop();
  runner.join();
  fs::remove_all(dir);
  return 0;
}
