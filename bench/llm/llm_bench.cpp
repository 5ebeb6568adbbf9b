// llm_bench: the overhead of OpenAiCompatibleClient + FallbackRouter over one bare libcurl call
// of the same size against the fake server (fixed latency, fixed token rate), and the time to
// fall back when the first provider refuses connections or hangs. Prints numbers; asserts none.
#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "fake_llm_server/fake_llm_server.h"
#include "llm/fallback_router.h"
#include "llm/openai_compatible_client.h"
#include "llm/openai_wire.h"

namespace {

using namespace repopost;
using std::chrono::milliseconds;

constexpr int kRuns = 25;
constexpr milliseconds kLatency{40};
constexpr double kTokensPerSecond = 2000;

double MedianMs(const std::function<void()>& call, int runs = kRuns) {
  call();  // warm-up: connection, allocations
  std::vector<double> samples;
  for (int i = 0; i < runs; ++i) {
    auto start = std::chrono::steady_clock::now();
    call();
    samples.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(samples.begin(), samples.end());
  return samples[samples.size() / 2];
}

size_t Discard(char*, size_t size, size_t count, void*) { return size * count; }

// One bare curl POST with a reused handle: the floor any client can reach.
void BareCurl(CURL* curl, const std::string& url, const std::string& body) {
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
  headers = curl_slist_append(headers, "Expect:");
  curl_easy_reset(curl);
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, Discard);
  curl_easy_perform(curl);
  curl_slist_free_all(headers);
}

std::string Words(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) text += (i ? " word" : "word") + std::to_string(i);
  return text;
}

llm::ChatRequest Request(bool stream) {
  llm::ChatRequest request;
  request.messages = {
      {llm::Role::kSystem, "You write LinkedIn posts."},
      {llm::Role::kUser, "Write about <repository>" + Words(300) + "</repository>"}};
  request.max_tokens = 400;
  request.stream = stream;
  return request;
}

std::shared_ptr<llm::LlmClient> Client(const std::string& name, const std::string& url,
                                       milliseconds timeout = milliseconds(5000)) {
  llm::ClientConfig config;
  config.identity = {name, "fake-model", url};
  config.connect_timeout = milliseconds(500);
  config.total_timeout = timeout;
  return std::make_shared<llm::OpenAiCompatibleClient>(config);
}

void Overhead(fake::FakeLlmServer& server, bool stream) {
  core::SystemClock clock;
  llm::RealSleeper sleeper;
  llm::FallbackRouter router({Client("fake", server.base_url())}, {}, clock, sleeper);
  llm::ChatRequest request = Request(stream);
  std::string body =
      *llm::EncodeChatRequest(request, {"fake-model", llm::ResponseFormatKind::kNone, true});
  CURL* curl = curl_easy_init();
  std::string url = server.base_url() + "/chat/completions";
  double bare = MedianMs([&] { BareCurl(curl, url, body); });
  std::size_t tokens = 0;
  llm::RouteOptions options;
  options.on_token = [&](std::string_view) { ++tokens; };
  double routed = MedianMs([&] { router.Complete(request, options); });
  curl_easy_cleanup(curl);
  std::printf("%-28s bare curl %7.2f ms | client+router %7.2f ms | ratio %.3f (target <= 1.2)\n",
              stream ? "streaming (SSE):" : "non-streaming:", bare, routed, routed / bare);
}

void FallbackTime(const char* label, std::shared_ptr<llm::LlmClient> first,
                  fake::FakeLlmServer& good, int max_attempts) {
  core::SystemClock clock;
  llm::RealSleeper sleeper;
  llm::RouterConfig config;
  config.retry.max_attempts = max_attempts;
  config.breaker.failure_threshold = 1000;  // measure the per-request cost, not the cooldown
  llm::FallbackRouter router({std::move(first), Client("good", good.base_url())}, config, clock,
                             sleeper);
  llm::ChatRequest request = Request(false);
  double total = MedianMs([&] { router.Complete(request, {}); }, 5);
  std::printf("%-44s %8.1f ms to an answer (max_attempts=%d)\n", label, total, max_attempts);
}

}  // namespace

int main() {
  curl_global_init(CURL_GLOBAL_DEFAULT);
  fake::FakeLlmServer server;
  fake::FakeReply reply = fake::FakeReply::Answer(Words(60));
  reply.latency = kLatency;
  reply.tokens_per_second = kTokensPerSecond;
  server.SetDefault(reply);
  std::printf(
      "fake server: %lld ms latency, %.0f tokens/s, 60-token answer, 300-word prompt, median of "
      "%d\n",
      static_cast<long long>(kLatency.count()), kTokensPerSecond, kRuns);
  Overhead(server, false);
  Overhead(server, true);

  fake::FakeLlmServer good;
  good.SetDefault(reply);
  double baseline = MedianMs(
      [&] {
        core::SystemClock clock;
        llm::RealSleeper sleeper;
        llm::FallbackRouter router({Client("good", good.base_url())}, {}, clock, sleeper);
        router.Complete(Request(false), {});
      },
      5);
  std::printf("%-44s %8.1f ms\n", "baseline (healthy provider only):", baseline);
  int refused_port;
  {
    fake::FakeLlmServer closed;
    refused_port = closed.port();
  }
  std::string refused_url = "http://127.0.0.1:" + std::to_string(refused_port) + "/v1";
  FallbackTime("first provider refuses connections:", Client("down", refused_url), good, 3);
  fake::FakeLlmServer hanging;
  fake::FakeReply hang = fake::FakeReply::Of(fake::FakeReplyKind::kHang);
  hang.hang = milliseconds(10000);
  hanging.SetDefault(hang);
  FallbackTime("first provider hangs (200 ms timeout):",
               Client("hangs", hanging.base_url(), milliseconds(200)), good, 1);
  FallbackTime("first provider hangs (200 ms timeout):",
               Client("hangs", hanging.base_url(), milliseconds(200)), good, 3);
  return 0;
}
