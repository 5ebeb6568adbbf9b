// Issue 16, server limits over loopback: the body cap holds for chunked bodies (read while
// reading, before authentication), a busy port is refused, loopback is decided on the resolved
// address, the port range is checked, the auth scheme is case-insensitive, and an undecodable URL
// is a client error.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>

#include <cstdio>
#include <fstream>

#include "server/http_server.h"
#include "server/listen_address.h"
#include "server_fixture.h"

namespace repopost::server {
namespace {

// The process's peak resident set (VmHWM) in KiB; ResetPeakMemory starts a new peak.
long PeakMemoryKiB() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}
void ResetPeakMemory() { std::ofstream("/proc/self/clear_refs") << "5"; }

struct RawResult {
  std::size_t sent_bytes = 0;
  std::string response;  // what the server answered (status line first), "" when nothing
};

// POSTs `total_bytes` of JSON-ish filler with Transfer-Encoding: chunked over a raw socket,
// stopping when the server stops reading, then reads the answer.
RawResult PostChunked(int port, const std::string& path, std::size_t total_bytes) {
  RawResult result;
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  timeval timeout{10, 0};
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return result;
  }
  const std::string head = "POST " + path +
                           " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n";
  send(fd, head.data(), head.size(), MSG_NOSIGNAL);
  const std::string chunk = "10000\r\n" + std::string(0x10000, ' ') + "\r\n";
  while (result.sent_bytes < total_bytes) {
    if (send(fd, chunk.data(), chunk.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(chunk.size()))
      break;
    result.sent_bytes += 0x10000;
  }
  if (result.sent_bytes >= total_bytes) send(fd, "0\r\n\r\n", 5, MSG_NOSIGNAL);
  char buffer[4096];
  ssize_t n = 0;
  while ((n = recv(fd, buffer, sizeof buffer, 0)) > 0) result.response.append(buffer, n);
  close(fd);
  return result;
}

constexpr std::size_t kFiftyMiB = 50u << 20;

TEST_F(ServerTest, ChunkedBodyOverTheCapIs413AndIsNeverBuffered) {
  Start();
  ResetPeakMemory();
  const long before = PeakMemoryKiB();
  const RawResult result = PostChunked(port_, "/v1/posts", kFiftyMiB);
  const long peak_growth = PeakMemoryKiB() - before;
  std::printf(
      "[ measure  ] 50 MiB chunked body: %zu bytes accepted by the socket, peak memory "
      "+%ld KiB\n",
      result.sent_bytes, peak_growth);
  EXPECT_EQ(result.response.rfind("HTTP/1.1 413", 0), 0u) << result.response.substr(0, 200);
  EXPECT_LT(result.sent_bytes, kFiftyMiB);  // the server stopped reading
  EXPECT_LT(peak_growth, 16 * 1024) << "KiB";
}

TEST_F(ServerTest, ChunkedBodyOverTheCapIs413BeforeAuthentication) {
  options_.require_api_keys = true;
  options_.api_keys = {{"writer", core::Secret("gen-key-456"), Scope::kGenerate}};
  Start();
  const RawResult result = PostChunked(port_, "/v1/posts", kFiftyMiB);
  EXPECT_EQ(result.response.rfind("HTTP/1.1 413", 0), 0u) << result.response.substr(0, 200);
  EXPECT_LT(result.sent_bytes, kFiftyMiB);
}

TEST_F(ServerTest, ChunkedBodyUnderTheCapIsRead) {
  Start();
  auto client = Client();
  const std::string body = json{{"source", {{"text", kReadme}, {"text_name", "README.md"}}}}.dump();
  auto res = client.Post(
      "/v1/posts",
      [&body](std::size_t offset, httplib::DataSink& sink) {
        if (offset < body.size())
          sink.write(body.data() + offset, body.size() - offset);
        else
          sink.done();
        return true;
      },
      "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 201) << res->body;
}

TEST_F(ServerTest, SecondServerOnABusyPortIsRefused) {
  Start();
  // One request first: the server is then past listen, so the fixture's Stop ends it.
  ASSERT_EQ(Client().Get("/v1/health")->status, 200);
  HttpServer other(
      {}, [](HttpRequest&) { return HttpResponse{}; },
      [](int status, const std::string&) {
        HttpResponse response;
        response.status = status;
        return response;
      });
  auto bound = other.Bind("127.0.0.1", port_);
  EXPECT_FALSE(bound) << "a second server bound the busy port " << port_;
}

TEST_F(ServerTest, PortOutOfRangeIsAUsageError) {
  options_.port = 99999;
  app::AppSettings settings{.db_url = "sqlite:" + (dir_ / "db.sqlite").string(),
                            .data_dir = dir_ / "data"};
  auto context = app::AppContext::Open(std::move(settings), {});
  ASSERT_TRUE(context) << context.error().message;
  auto server = Server::Create(options_, {**context, nullptr, {}});
  ASSERT_FALSE(server);
  EXPECT_EQ(server.error().code, core::ErrorCode::kUsage);
}

TEST_F(ServerTest, BearerSchemeIsCaseInsensitive) {
  options_.require_api_keys = true;
  options_.api_keys = {{"reader", core::Secret("read-key-123"), Scope::kRead}};
  Start();
  for (const char* scheme : {"Bearer", "bearer", "BEARER"}) {
    httplib::Client client("127.0.0.1", port_);
    client.set_default_headers({{"Authorization", std::string(scheme) + " read-key-123"}});
    auto res = client.Get("/v1/posts");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << scheme << ": " << res->body;
  }
}

TEST_F(ServerTest, InvalidUtf8InThePathOrQueryIs400) {
  Start();
  auto client = Client();
  for (const char* target :
       {"/v1/posts/g_%FF%FE", "/v1/posts?limit=%FF", "/%C3%28", "/v1/posts?%FF=1"}) {
    auto res = client.Get(target);
    ASSERT_TRUE(res) << target;
    EXPECT_EQ(res->status, 400) << target << ": " << res->body;
  }
}

TEST(ResolveListenAddress, DecidesLoopbackOnTheResolvedAddress) {
  struct Case {
    const char* host;
    bool is_loopback;
  };
  for (const Case& c : {Case{"127.0.0.1", true}, Case{"127.8.9.10", true}, Case{"::1", true},
                        Case{"localhost", true}, Case{"0.0.0.0", false}, Case{"::", false},
                        Case{"::ffff:127.0.0.1", true}}) {
    auto address = ResolveListenAddress(c.host);
    ASSERT_TRUE(address) << c.host << ": " << address.error().message;
    EXPECT_EQ(address->is_loopback, c.is_loopback) << c.host << " -> " << address->numeric;
  }
}

}  // namespace
}  // namespace repopost::server
