// Issue 16, the server under slow or departing clients, over loopback: header and body deadlines
// (408), connection caps (503), /v1/health answering while slow sockets are held, a closed event
// stream cancelling its generation and storing nothing, a blocking policy hit answered 422 and
// not stored, and the check size cap.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

#include "server/connection_limiter.h"
#include "server_fixture.h"

namespace repopost::server {
namespace {

using std::chrono::milliseconds;

// A raw client socket, for requests that an HTTP client library would not send slowly.
class RawSocket {
 public:
  explicit RawSocket(int port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    is_connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~RawSocket() { Close(); }
  RawSocket(const RawSocket&) = delete;
  RawSocket& operator=(const RawSocket&) = delete;

  bool is_connected() const { return is_connected_; }
  void Send(const std::string& bytes) { send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL); }
  // What arrives until the server closes or `wait` passes with nothing new.
  std::string Receive(milliseconds wait) {
    std::string out;
    char buffer[4096];
    while (true) {
      pollfd entry{fd_, POLLIN, 0};
      if (poll(&entry, 1, static_cast<int>(wait.count())) <= 0) break;
      const ssize_t n = recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) break;
      out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
  }
  void Close() {
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
  }

 private:
  int fd_;
  bool is_connected_ = false;
};

TEST(ConnectionLimiter, CapsTotalAndPerAddressAndGivesSlotsBack) {
  ConnectionLimiter limiter({.max_connections = 3, .max_per_address = 2});
  auto a1 = limiter.Admit("10.0.0.1");
  auto a2 = limiter.Admit("10.0.0.1");
  EXPECT_TRUE(a1 && a2);
  EXPECT_FALSE(limiter.Admit("10.0.0.1"));  // this address's share
  auto b1 = limiter.Admit("10.0.0.2");
  EXPECT_TRUE(b1);
  EXPECT_FALSE(limiter.Admit("10.0.0.3"));  // the total
  EXPECT_EQ(limiter.Open(), 3u);
  a1.reset();
  EXPECT_EQ(limiter.Open(), 2u);
  EXPECT_TRUE(limiter.Admit("10.0.0.1"));
}

TEST_F(ServerTest, HeadersThatDoNotArriveInTimeAre408) {
  options_.header_timeout = milliseconds(400);
  Start();
  RawSocket slow(port_);
  ASSERT_TRUE(slow.is_connected());
  const auto started = std::chrono::steady_clock::now();
  slow.Send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n");  // never finishes its headers
  const std::string answer = slow.Receive(milliseconds(5000));
  EXPECT_EQ(answer.rfind("HTTP/1.1 408", 0), 0u) << answer;
  EXPECT_NE(answer.find("did not arrive in time"), std::string::npos) << answer;
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(4));
}

TEST_F(ServerTest, ABodyThatDoesNotArriveInTimeIs408) {
  options_.body_timeout = milliseconds(400);
  Start();
  RawSocket slow(port_);
  slow.Send(
      "POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
      "Content-Length: 100\r\n\r\n{\"post\":");
  const std::string answer = slow.Receive(milliseconds(5000));
  EXPECT_EQ(answer.rfind("HTTP/1.1 408", 0), 0u) << answer;
  EXPECT_NE(answer.find("body did not arrive in time"), std::string::npos) << answer;
}

TEST_F(ServerTest, HealthAnswersWhileTwentySlowClientsHoldConnections) {
  options_.header_timeout = milliseconds(20'000);
  Start();
  std::vector<std::unique_ptr<RawSocket>> slow;
  for (int i = 0; i < 20; ++i) {
    slow.push_back(std::make_unique<RawSocket>(port_));
    slow.back()->Send("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
  }
  auto client = Client();
  client.set_read_timeout(5, 0);
  for (int i = 0; i < 5; ++i) {
    auto res = client.Get("/v1/health");
    ASSERT_TRUE(res) << "health probe " << i << " timed out";
    EXPECT_EQ(res->status, 200);
  }
}

TEST_F(ServerTest, ConnectionsOverThePerAddressCapAre503) {
  options_.max_connections_per_address = 3;
  Start();
  std::vector<std::unique_ptr<RawSocket>> held;
  for (int i = 0; i < 3; ++i) {
    held.push_back(std::make_unique<RawSocket>(port_));
    held.back()->Send("GET /v1/health HTTP/1.1\r\n");
  }
  std::this_thread::sleep_for(milliseconds(200));  // the three are admitted
  RawSocket fourth(port_);
  const std::string answer = fourth.Receive(milliseconds(3000));
  EXPECT_EQ(answer.rfind("HTTP/1.1 503", 0), 0u) << answer;
  EXPECT_NE(answer.find("Retry-After: 1"), std::string::npos) << answer;
  held.clear();  // their slots come back
  std::this_thread::sleep_for(milliseconds(200));
  auto res = Client().Get("/v1/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

// Holds each generation until released, and records whether its caller cancelled it.
struct HeldGeneration {
  std::mutex mutex;
  std::condition_variable changed;
  bool is_started = false;
  bool is_released = false;
  std::atomic<bool> saw_cancel{false};
};

TEST_F(ServerTest, ClosedEventStreamCancelsItsGenerationAndStoresNothing) {
  auto held = std::make_shared<HeldGeneration>();
  app::AppContext* context = nullptr;
  Start([held, &context](const app::GenerateRequest& request) {
    {
      std::unique_lock lock(held->mutex);
      held->is_started = true;
      held->changed.notify_all();
      held->changed.wait(lock, [&] { return held->is_released; });
    }
    held->saw_cancel = request.cancel && request.cancel->IsCancelled();
    return context->generation().Generate(request);
  });
  context = context_.get();
  RawSocket stream(port_);
  const std::string body = json{{"source", {{"location", repo_->path().string()}}}}.dump();
  stream.Send(
      "POST /v1/posts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
      "Accept: text/event-stream\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body);
  {
    std::unique_lock lock(held->mutex);
    ASSERT_TRUE(
        held->changed.wait_for(lock, std::chrono::seconds(10), [&] { return held->is_started; }));
  }
  EXPECT_NE(stream.Receive(milliseconds(300)).find("event: progress"), std::string::npos);
  stream.Close();
  std::this_thread::sleep_for(milliseconds(600));  // the stream notices within 200 ms
  {
    std::lock_guard lock(held->mutex);
    held->is_released = true;
  }
  held->changed.notify_all();
  Stop();  // the pool runs the held job to its end
  EXPECT_TRUE(held->saw_cancel);
  auto history = store_->generations().ListHistory({.limit = 10});
  ASSERT_TRUE(history);
  EXPECT_TRUE(history->empty());
}

TEST_F(ServerTest, BlockingPolicyHitIs422AndNothingIsStored) {
  app::AppContext* context = nullptr;
  Start([&context](const app::GenerateRequest& request) {
    auto result = context->generation().Generate(request);
    if (result) {
      safety::PolicyHit hit;
      hit.rule_id = "secret.github-token";
      hit.severity = safety::Severity::kBlock;
      hit.message = "contains a GitHub token";
      result->safety.policy_hits.push_back(hit);
    }
    return result;
  });
  context = context_.get();
  auto client = Client();
  const json problem =
      PostJson(client, "/v1/posts", {{"source", {{"location", repo_->path().string()}}}}, 422);
  EXPECT_NE(problem.value("detail", "").find("not ready to publish"), std::string::npos)
      << problem.dump();
  EXPECT_NE(problem.value("detail", "").find("secret.github-token"), std::string::npos);
  auto history = store_->generations().ListHistory({.limit = 10});
  ASSERT_TRUE(history);
  EXPECT_TRUE(history->empty());
}

TEST_F(ServerTest, CheckOfAPostOverTheTextCapIs413) {
  options_.max_text_bytes = 1000;
  Start();
  auto client = Client();
  const json problem = PostJson(
      client, "/v1/check",
      {{"source", {{"location", repo_->path().string()}}}, {"post", std::string(2000, 'a')}}, 413);
  EXPECT_NE(problem.value("detail", "").find("larger than 1000 bytes"), std::string::npos);
  PostJson(client, "/v1/check",
           {{"source", {{"location", repo_->path().string()}}},
            {"post", "demo-tool formats JSON files."}},
           200);
}

}  // namespace
}  // namespace repopost::server
