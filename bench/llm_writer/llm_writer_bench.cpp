// Prints: (1) wall time of GenerationService::Generate through the LLM path divided by one bare
// client call returning the same answer (target <= 1.2x, DESIGN.md section 8), (2) sequential
// calls per post without and with a repair, (3) time to fall back when the first provider
// refuses connections or returns 503. The fake server answers after a fixed latency at a fixed
// token rate, so the ratio measures repopost's own overhead around the provider's time.
#include <chrono>
#include <cstdio>

#include "app/generation_service.h"
#include "fake_llm_server/fake_llm_server.h"
#include "fixture_repo/fixture_repo.h"
#include "integration/llm_writer/llm_writer_support.h"

namespace {

using namespace repopost;
using Clock = std::chrono::steady_clock;
constexpr int kRuns = 5;

double Ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

fake::FakeReply Timed(std::string content) {
  fake::FakeReply reply = fake::FakeReply::Answer(std::move(content));
  reply.latency = std::chrono::milliseconds(300);
  reply.tokens_per_second = 400;
  return reply;
}

double GenerateMs(testing::FixtureRepo& repo, testing::LoopbackTiers& tiers, std::size_t* calls) {
  app::GenerateRequest request;
  request.source.location = repo.path().string();
  request.llm = tiers.router();
  const auto start = Clock::now();
  auto result = app::GenerationService(app::AppConfig{}).Generate(request);
  const double ms = Ms(Clock::now() - start);
  if (calls != nullptr) *calls = result ? result->llm_calls.size() : 0;
  return ms;
}

}  // namespace

int main() {
  testing::FixtureRepo repo = testing::MakeCliToolRepo();
  const std::string good = testing::AnswerJson(testing::kGoodPost);
  const std::string bad = testing::AnswerJson(testing::kInventedPost);

  fake::FakeLlmServer server;
  server.SetDefault(Timed(good));
  // Bare call: the same answer through the same client, no pipeline around it.
  llm::ClientConfig config;
  config.identity = {"bare", "fake-model", server.base_url()};
  llm::OpenAiCompatibleClient client(config);
  llm::ChatRequest bare;
  bare.messages = {{llm::Role::kUser, "write"}};
  bare.response_format = llm::ResponseFormat::JsonObject();
  double bare_ms = 0;
  for (int i = 0; i < kRuns; ++i) {
    const auto start = Clock::now();
    (void)client.Complete(bare, {});
    bare_ms += Ms(Clock::now() - start) / kRuns;
  }
  testing::LoopbackTiers tiers({server.base_url()}, std::chrono::milliseconds(10000));
  double llm_ms = 0;
  std::size_t calls = 0;
  for (int i = 0; i < kRuns; ++i) llm_ms += GenerateMs(repo, tiers, &calls) / kRuns;
  std::printf("answer: %zu bytes, server latency 300 ms, 400 tokens/s\n", good.size());
  std::printf("bare call                 %8.1f ms\n", bare_ms);
  std::printf("generate via LLM path     %8.1f ms  ratio %.2fx (target <= 1.2x)  calls/post %zu\n",
              llm_ms, llm_ms / bare_ms, calls);

  fake::FakeLlmServer repairing;
  double repair_ms = 0;
  for (int i = 0; i < kRuns; ++i) {
    repairing.Enqueue(Timed(bad));
    repairing.Enqueue(Timed(good));
    testing::LoopbackTiers t({repairing.base_url()}, std::chrono::milliseconds(10000));
    repair_ms += GenerateMs(repo, t, &calls) / kRuns;
  }
  std::printf("generate with a repair    %8.1f ms  ratio %.2fx of one bare call  calls/post %zu\n",
              repair_ms, repair_ms / bare_ms, calls);

  fake::FakeLlmServer down;
  down.SetDefault(fake::FakeReply::Status(503));
  double fallback_503 = 0;
  double fallback_refused = 0;
  for (int i = 0; i < kRuns; ++i) {
    testing::LoopbackTiers t({down.base_url(), server.base_url()},
                             std::chrono::milliseconds(10000));
    fallback_503 += (GenerateMs(repo, t, nullptr) - llm_ms) / kRuns;
    testing::LoopbackTiers r({"http://127.0.0.1:9/v1", server.base_url()},
                             std::chrono::milliseconds(10000));
    fallback_refused += (GenerateMs(repo, r, nullptr) - llm_ms) / kRuns;
  }
  std::printf("fallback cost, first provider 503 (2 tries, no-wait sleeper)  %8.1f ms\n",
              fallback_503);
  std::printf("fallback cost, first provider refuses connections             %8.1f ms\n",
              fallback_refused);
  return 0;
}
