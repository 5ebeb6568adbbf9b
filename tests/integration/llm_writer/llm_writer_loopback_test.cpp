// GenerationService with the LLM tier against fake OpenAI-compatible servers on 127.0.0.1: the
// one-call path, the repair call, the deterministic rewrite, and the fault matrix in which a
// post is always produced and every attempt is recorded.
#include <gtest/gtest.h>

#include <cctype>

#include "app/result_json.h"
#include "fake_llm_server/fake_llm_server.h"
#include "fixture_repo/fixture_repo.h"
#include "integration/llm_writer/llm_writer_support.h"

namespace repopost::testing {
namespace {

using fake::FakeLlmServer;
using fake::FakeReply;
using fake::FakeReplyKind;

class LlmWriterLoopback : public ::testing::Test {
 protected:
  LlmWriterLoopback() : repo_(MakeCliToolRepo()) {}

  core::Result<app::GenerationResult> Generate(LoopbackTiers& tiers) {
    app::GenerateRequest request;
    request.source.location = repo_.path().string();
    request.llm = tiers.router();
    return app::GenerationService(app::AppConfig{}).Generate(request);
  }

  FixtureRepo repo_;
};

TEST_F(LlmWriterLoopback, GoodAnswerIsOneCallAndAnLlmTierPost) {
  FakeLlmServer server;
  server.SetDefault(FakeReply::Answer(AnswerJson(kGoodPost)));
  LoopbackTiers tiers({server.base_url()});
  auto result = Generate(tiers);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(result->post.writer, generate::WriterTier::kLlm)
      << nlohmann::json(result->post.notes).dump();
  EXPECT_EQ(server.ChatRequestCount(), 1u);
  ASSERT_EQ(result->llm_calls.size(), 1u)
      << server.Requests().back().body.substr(server.Requests().back().body.size() - 2600);
  EXPECT_EQ(result->post.prompt_version, "writer-v3");
  EXPECT_EQ(result->post.hook, "What does it take to format JSON in place?");
  // Every alternative is checked; one the checker does not back is dropped with a note. (The
  // emotional frame "There is something satisfying about zero dependencies." is still rated
  // unsupported: the checker does not yet split an emotional frame from its factual object.)
  std::size_t dropped = 0;
  for (const std::string& note : result->post.notes) {
    dropped += note.starts_with("dropped the ") ? 1 : 0;
  }
  EXPECT_EQ(result->post.hook_options.size() + dropped, 5u);
  EXPECT_GE(result->post.hook_options.size(), 4u) << nlohmann::json(result->post.notes).dump();
  EXPECT_GE(result->post.hashtags.size(), 3u);
  EXPECT_NE(result->post.text.find("#OpenSource"), std::string::npos);
  EXPECT_FALSE(result->safety.claims.empty());  // the checker ran on the LLM text
  // The request carried the schema and the delimited repository data.
  const fake::RecordedRequest sent = server.Requests().back();
  EXPECT_EQ(sent.response_format, "json_schema");
  EXPECT_NE(sent.body.find("<<<REPOSITORY DATA"), std::string::npos);
  EXPECT_NE(sent.body.find("tidyjson"), std::string::npos);

  const nlohmann::json json = app::GenerationToJson(*result);
  ASSERT_EQ(json["attempts"].size(), 1u);
  EXPECT_EQ(json["attempts"][0]["gen_ai.provider.name"], "fake1");
  EXPECT_EQ(json["attempts"][0]["repopost.llm.call"], "write");
  EXPECT_EQ(json["prompt_version"], "writer-v3");
  EXPECT_EQ(json["writer"], "llm");
}

TEST_F(LlmWriterLoopback, InventedClaimsGetOneRepairCallNamingThem) {
  FakeLlmServer server;
  server.Enqueue(FakeReply::Answer(AnswerJson(kInventedPost)));
  server.Enqueue(FakeReply::Answer(AnswerJson(kGoodPost)));
  LoopbackTiers tiers({server.base_url()});
  auto result = Generate(tiers);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(server.ChatRequestCount(), 2u);
  ASSERT_EQ(result->llm_calls.size(), 2u);
  EXPECT_EQ(result->llm_calls[1].purpose, generate::LlmCallPurpose::kRepair);
  EXPECT_EQ(result->post.writer, generate::WriterTier::kLlm);
  EXPECT_EQ(result->post.prompt_version, "writer-v3+repair-v1");
  EXPECT_EQ(result->post.text.find("Netflix"), std::string::npos);
  EXPECT_NE(result->draft_text.find("Netflix"), std::string::npos);
  // The repair message names the unsupported statement and carries the first answer.
  const std::string repair_body = server.Requests().back().body;
  EXPECT_NE(repair_body.find("not supported"), std::string::npos);
  EXPECT_NE(repair_body.find("trusted by thousands of teams at Netflix"), std::string::npos);
}

TEST_F(LlmWriterLoopback, RepairStillInventedIsRewrittenDeterministically) {
  FakeLlmServer server;
  server.SetDefault(FakeReply::Answer(AnswerJson(kInventedPost)));
  LoopbackTiers tiers({server.base_url()});
  auto result = Generate(tiers);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(server.ChatRequestCount(), 2u);  // never a third call
  EXPECT_EQ(result->post.writer, generate::WriterTier::kLlm);
  EXPECT_EQ(result->post.text.find("Netflix"), std::string::npos) << result->post.text;
  EXPECT_EQ(result->post.text.find("I rebuilt"), std::string::npos) << result->post.text;
  EXPECT_NE(result->post.text.find("tidyjson"), std::string::npos);
  EXPECT_FALSE(result->safety.corrections.empty());
}

TEST_F(LlmWriterLoopback, RepairCallWithNoProviderLeftKeepsFirstAnswerAndRewrites) {
  FakeLlmServer server;
  server.Enqueue(FakeReply::Answer(AnswerJson(kInventedPost)));
  server.SetDefault(FakeReply::Status(500));
  LoopbackTiers tiers({server.base_url()});
  auto result = Generate(tiers);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(result->post.writer, generate::WriterTier::kLlm);
  EXPECT_EQ(result->post.text.find("Netflix"), std::string::npos);
  ASSERT_EQ(result->llm_calls.size(), 2u);
  EXPECT_FALSE(result->llm_calls[1].attempts.empty());
}

nlohmann::json NotOurSchema() { return {{"text", "hello"}}; }

struct FaultCase {
  const char* name;
  FakeReply reply;
  // Answered but not usable: the repair call asks the same provider again, then the next
  // provider writes (three calls).
  bool expect_repair_call;
};

FakeReply Hang() {
  FakeReply reply = FakeReply::Of(FakeReplyKind::kHang);
  reply.hang = std::chrono::milliseconds(5000);
  return reply;
}

class LlmWriterFaults : public LlmWriterLoopback,
                        public ::testing::WithParamInterface<FaultCase> {};

// The first provider fails in one way; the second answers. A post is produced, from the LLM tier,
// and every attempt on both providers is in the JSON.
TEST_P(LlmWriterFaults, FallsBackToTheNextProviderAndRecordsEveryAttempt) {
  const FaultCase& fault = GetParam();
  FakeLlmServer bad;
  FakeLlmServer good;
  bad.SetDefault(fault.reply);
  good.SetDefault(FakeReply::Answer(AnswerJson(kGoodPost)));
  LoopbackTiers tiers({bad.base_url(), good.base_url()});
  auto result = Generate(tiers);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_FALSE(result->post.text.empty());
  EXPECT_EQ(result->post.writer, generate::WriterTier::kLlm) << fault.name;
  const nlohmann::json json = app::GenerationToJson(*result);
  std::size_t attempts = 0;
  for (const auto& call : result->llm_calls) attempts += call.attempts.size();
  EXPECT_EQ(json["attempts"].size(), attempts);
  EXPECT_GE(attempts, 2u) << fault.name;
  EXPECT_EQ(result->llm_calls.size(), fault.expect_repair_call ? 3u : 1u) << fault.name;
  bool saw_good = false;
  for (const auto& attempt : json["attempts"])
    saw_good |= attempt["gen_ai.provider.name"] == "fake2";
  EXPECT_TRUE(saw_good) << json["attempts"].dump();
}

INSTANTIATE_TEST_SUITE_P(
    Matrix, LlmWriterFaults,
    ::testing::Values(FaultCase{"429", FakeReply::Status(429, "0"), false},
                      FaultCase{"500", FakeReply::Status(500), false},
                      FaultCase{"503", FakeReply::Status(503), false},
                      FaultCase{"401", FakeReply::Status(401), false},
                      FaultCase{"hang", Hang(), false},
                      FaultCase{"drop", FakeReply::Of(FakeReplyKind::kDrop), false},
                      FaultCase{"malformed", FakeReply::Of(FakeReplyKind::kMalformedJson), false},
                      FaultCase{"context_length", FakeReply::Of(FakeReplyKind::kContextLength),
                                false},
                      FaultCase{"schema_mismatch", FakeReply::Answer(NotOurSchema().dump()), true}),
    [](const auto& info) {
      std::string name = info.param.name;
      for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
      return "Fault_" + name;
    });

// An answer with no usable post gets the one repair call to the same provider; when that is
// not usable either and no other provider exists, the template writer writes.
TEST_F(LlmWriterLoopback, UnusableAnswersFromTheOnlyProviderEndInTheTemplateWriter) {
  FakeLlmServer server;
  server.SetDefault(FakeReply::Answer(NotOurSchema().dump()));
  LoopbackTiers tiers({server.base_url()});
  auto result = Generate(tiers);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(result->post.writer, generate::WriterTier::kTemplate);
  EXPECT_FALSE(result->post.text.empty());
  ASSERT_EQ(result->llm_calls.size(), 2u);
  EXPECT_EQ(result->llm_calls[1].purpose, generate::LlmCallPurpose::kRepair);
  EXPECT_EQ(server.ChatRequestCount(), 2u);
}

TEST_F(LlmWriterLoopback, EveryProviderDownStillProducesATemplatePostWithANote) {
  FakeLlmServer a;
  FakeLlmServer b;
  a.SetDefault(FakeReply::Status(503));
  b.SetDefault(FakeReply::Status(401));
  LoopbackTiers tiers({a.base_url(), b.base_url()});
  auto result = Generate(tiers);
  ASSERT_TRUE(result) << result.error().message;
  EXPECT_EQ(result->post.writer, generate::WriterTier::kTemplate);
  EXPECT_FALSE(result->post.text.empty());
  ASSERT_EQ(result->llm_calls.size(), 1u);
  EXPECT_EQ(result->llm_calls[0].outcome, llm::RouteOutcome::kNoProviderLeft);
  bool noted = false;
  for (const auto& note : result->post.notes)
    noted |= note.find("LLM tier not used") != std::string::npos;
  EXPECT_TRUE(noted);
  EXPECT_EQ(app::GenerationToJson(*result)["attempts"].size(), 3u);  // 503 twice, 401 once
}

TEST_F(LlmWriterLoopback, OfflineNeverCallsTheProvider) {
  FakeLlmServer server;
  LoopbackTiers tiers({server.base_url()});
  app::GenerateRequest request;
  request.source.location = repo_.path().string();
  request.llm = tiers.router();
  request.offline = true;
  auto result = app::GenerationService(app::AppConfig{}).Generate(request);
  ASSERT_TRUE(result);
  EXPECT_EQ(server.ChatRequestCount(), 0u);
  EXPECT_EQ(result->post.writer, generate::WriterTier::kTemplate);
}

TEST_F(LlmWriterLoopback, StreamsOnlyThePostTextWhenAsked) {
  FakeLlmServer server;
  FakeReply reply = FakeReply::Answer(AnswerJson(kGoodPost));
  reply.tokens_per_second = 5000;
  server.SetDefault(reply);
  LoopbackTiers tiers({server.base_url()});
  app::GenerateRequest request;
  request.source.location = repo_.path().string();
  request.llm = tiers.router();
  std::string streamed;
  request.on_post_text = [&](std::string_view text) { streamed += text; };
  auto result = app::GenerationService(app::AppConfig{}).Generate(request);
  ASSERT_TRUE(result);
  EXPECT_EQ(streamed, kGoodPost);
  EXPECT_TRUE(server.Requests().back().stream);
}

}  // namespace
}  // namespace repopost::testing
