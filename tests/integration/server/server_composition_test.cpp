// The server composed on the app services like the CLI: refinements checked, pipeline details and
// source texts kept across restarts, feedback with its effects, logging and metrics for every
// path, the dashboard series, batches on the shared queue, the LLM tier (streamed tokens, stored
// attempts, health, cancellation) against the fake OpenAI-compatible server, and GitHub sources
// against the fake GitHub server.
#include <fstream>

#include "fake_github_server/fake_github_server.h"
#include "fake_llm_server/fake_llm_server.h"
#include "integration/llm_writer/llm_writer_support.h"
#include "integration/server/server_fixture.h"

namespace repopost::server {
namespace {

TEST_F(ServerTest, ApiRefinementsAreCheckedLikeFirstVersions) {
  Start();
  auto client = Client();
  json post = GenerateFromText(client, kReadme);
  const std::string id = post["id"];
  json edited = PostJson(client, "/v1/posts/" + id + "/refine",
                         {{"text",
                           "demo-tool formats JSON files quickly.\n\n"
                           "It is used by 40,000 companies, including Google."}},
                         201);
  ASSERT_TRUE(edited["safety"].is_object()) << edited.dump();
  EXPECT_GT(edited["safety"]["unsupported_claims"].get<int>(), 0) << edited.dump();
  EXPECT_LT(edited["safety_confidence"].get<double>(), 1.0);
  EXPECT_TRUE(edited["quality_score"].is_number());
}

TEST_F(ServerTest, DetailsAndEvidenceSurviveARestart) {
  Start();
  auto client = Client();
  json post =
      PostJson(client, "/v1/posts", {{"source", {{"location", repo_->path().string()}}}}, 201);
  const std::string id = post["id"];
  const json before = post["details"];
  ASSERT_TRUE(before.is_object());
  Stop();
  context_.reset();  // a new process: nothing cached
  Start();
  auto again = Client();
  auto res = again.Get(("/v1/posts/" + id).c_str());
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const json after = json::parse(res->body)["details"];
  ASSERT_TRUE(after.is_object()) << res->body.substr(0, 400);
  EXPECT_EQ(after["hook_options"], before["hook_options"]);
  EXPECT_EQ(after["facts"].size(), before["facts"].size());
  EXPECT_FALSE(after["documents"].empty());
  EXPECT_EQ(after["safety"]["claims"].size(), before["safety"]["claims"].size());
  int used = 0;
  for (const auto& hook : after["hook_options"]) used += hook["used"].get<bool>() ? 1 : 0;
  EXPECT_EQ(used, 1);
  // A refinement after the restart re-reads the stored source to check the new text.
  json shorter = PostJson(again, "/v1/posts/" + id + "/refine", {{"action", "shorter"}}, 201);
  EXPECT_TRUE(shorter["safety"].is_object()) << shorter.dump();
}

TEST_F(ServerTest, PostsFromTextAreCheckedAfterARestartAgainstTheStoredText) {
  Start();
  auto client = Client();
  const std::string id = GenerateFromText(client, kReadme)["id"];
  Stop();
  context_.reset();
  Start();
  auto again = Client();
  json edited =
      PostJson(again, "/v1/posts/" + id + "/refine",
               {{"text", "demo-tool pretty-prints JSON.\n\nIt is used by 40,000 companies."}}, 201);
  ASSERT_TRUE(edited["safety"].is_object()) << edited.dump();
  EXPECT_GT(edited["safety"]["unsupported_claims"].get<int>(), 0) << edited.dump();
  bool pretty_prints_supported = false;
  for (const auto& claim : edited["safety"]["claims"]) {
    pretty_prints_supported = pretty_prints_supported || claim["verdict"] == "supported";
  }
  EXPECT_TRUE(pretty_prints_supported) << "the stored text still supports what it says";
}

TEST_F(ServerTest, GeneratesFromAGitHubUrlThroughTheRestApi) {
  testing::FakeGitHubServer github;
  auto repository = testing::FakeGitHubServer::SampleRepository("octo", "widget");
  repository.stars = 1234;
  github.AddRepository(repository);
  Start({}, nullptr, {{"REPOPOST_GITHUB_API", github.base_url()}});
  auto client = Client();
  json post = PostJson(client, "/v1/posts",
                       {{"source", {{"location", "https://github.com/octo/widget"}}}}, 201);
  EXPECT_NE(post["details"]["source"].get<std::string>().find("octo/widget"), std::string::npos)
      << post["details"]["source"];
  bool stars = false;
  for (const auto& fact : post["details"]["facts"]) stars = stars || fact["value"] == "1234";
  EXPECT_TRUE(stars) << "the star count came from the API";
  EXPECT_GT(github.CountRequests("/repos/octo/widget"), 0);
  json missing = PostJson(client, "/v1/posts",
                          {{"source", {{"location", "https://github.com/octo/nothing"}}}}, 404);
  EXPECT_EQ(missing["code"], "not-found") << missing.dump();
  json other_host = PostJson(client, "/v1/posts",
                             {{"source", {{"location", "https://example.com/octo/widget"}}}}, 422);
  EXPECT_NE(other_host["detail"].get<std::string>().find("example.com"), std::string::npos);
}

TEST_F(ServerTest, FeedbackThatAsksForAChangeMakesAVersion) {
  Start();
  auto client = Client();
  json post =
      PostJson(client, "/v1/posts", {{"source", {{"location", repo_->path().string()}}}}, 201);
  const std::string id = post["id"];
  json technical =
      PostJson(client, "/v1/posts/" + id + "/feedback", {{"type", "too-generic"}}, 201);
  EXPECT_EQ(technical["feedback"]["type"], "too-generic");
  EXPECT_FALSE(technical["note"].get<std::string>().empty());
  json hooks =
      PostJson(client, "/v1/posts/" + id + "/feedback", {{"type", "want-other-hooks"}}, 201);
  EXPECT_FALSE(hooks["hooks"].empty()) << hooks.dump();
  json regenerate =
      PostJson(client, "/v1/posts/" + id + "/feedback", {{"type", "regenerate"}}, 201);
  ASSERT_TRUE(regenerate.contains("new_version")) << regenerate.dump();
  EXPECT_NE(regenerate["new_version"]["text"], post["latest"]["text"]);
  EXPECT_TRUE(regenerate["new_version"]["safety"].is_object()) << "the new version was checked";
  auto record = json::parse(client.Get(("/v1/posts/" + id).c_str())->body);
  EXPECT_EQ(record["feedback"].size(), 3u);
  EXPECT_EQ(record["versions"].size(), technical.contains("new_version") ? 3u : 2u);
}

TEST_F(ServerTest, GenerationsAreLoggedCountedAndListed) {
  Start();
  auto client = Client();
  json plain = GenerateFromText(client, kReadme);
  httplib::Headers headers = {{"Accept", "text/event-stream"}};
  json body = {{"source", {{"text", kReadme}}}};
  auto streamed = client.Post("/v1/posts", headers, body.dump(), "application/json");
  ASSERT_TRUE(streamed);
  ASSERT_NE(streamed->body.find("event: result"), std::string::npos);

  auto metrics = client.Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("repopost_generations_total{writer=\"template\""), std::string::npos)
      << metrics->body;
  EXPECT_NE(metrics->body.find("repopost_generation_seconds_count{writer=\"template\"} 2"),
            std::string::npos)
      << "the streamed generation counts too";
  EXPECT_NE(metrics->body.find("repopost_quality_score_count 2"), std::string::npos);

  // Each generation is one line of the JSONL log under the data directory.
  std::string log;
  for (const auto& entry : fs::recursive_directory_iterator(dir_ / "data" / "logs")) {
    std::ifstream in(entry.path());
    log += std::string(std::istreambuf_iterator<char>(in), {});
  }
  EXPECT_NE(log.find(plain["id"].get<std::string>()), std::string::npos) << log.substr(0, 300);

  json list = json::parse(client.Get("/v1/posts?limit=1")->body);
  ASSERT_EQ(list["posts"].size(), 1u);
  json older = json::parse(
      client.Get(("/v1/posts?limit=5&before=" + list["posts"][0]["id"].get<std::string>()).c_str())
          ->body);
  ASSERT_EQ(older["posts"].size(), 1u);
  EXPECT_EQ(older["posts"][0]["id"], plain["id"]);
  EXPECT_EQ(client.Get("/v1/posts?limit=0")->status, 400);
  EXPECT_EQ(client.Get("/v1/posts?limit=abc")->status, 400);
}

TEST_F(ServerTest, MetricsSeriesShowsQualitySafetyAndDrift) {
  Start();
  auto client = Client();
  // A steady baseline of the request that scores higher, then a run of one that scores lower
  // (a bare text without hashtags): quality drops, and the drop is reported where it begins.
  const json high = {{"source", {{"location", repo_->path().string()}}}};
  const json low = {{"source", {{"text", "# tiny\n\nA command-line tool for JSON.\n"}}},
                    {"options", {{"hashtags", false}}}};
  const double high_quality = PostJson(client, "/v1/posts", high, 201)["latest"]["quality_score"];
  const double low_quality = PostJson(client, "/v1/posts", low, 201)["latest"]["quality_score"];
  ASSERT_GT(high_quality, low_quality);
  for (int i = 0; i < 14; ++i) PostJson(client, "/v1/posts", high, 201);
  for (int i = 0; i < 10; ++i) PostJson(client, "/v1/posts", low, 201);
  auto res = client.Get("/v1/metrics/series?limit=100");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  json series = json::parse(res->body);
  ASSERT_EQ(series["points"].size(), 26u);
  EXPECT_TRUE(series["points"][0]["quality_score"].is_number());
  EXPECT_TRUE(series["points"][0]["safety_confidence"].is_number());
  EXPECT_EQ(series["baseline_points"], 13);
  bool quality_drift = false;
  for (const auto& event : series["drift"]) {
    quality_drift =
        quality_drift || (event["metric"] == "quality_score" && event["index"].get<int>() >= 16);
  }
  EXPECT_TRUE(quality_drift) << series.dump();
  EXPECT_EQ(series["days"].size(), 1u);
  EXPECT_EQ(client.Get("/v1/metrics/series?limit=0")->status, 400);
}

TEST_F(ServerTest, BatchOptionsAreStoredWithTheItemsAndTheSameListIsOneJob) {
  Start();
  auto client = Client();
  json request = {{"sources", {repo_->path().string()}},
                  {"options", {{"style", "learning"}, {"tone", "minimal"}}}};
  json batch = PostJson(client, "/v1/batches", request, 202);
  const std::string id = batch["id"];
  EXPECT_NE(batch["items"][0]["input"].get<std::string>().find("\tlearning\tminimal\t"),
            std::string::npos)
      << batch.dump();
  json status;
  for (int i = 0; i < 300; ++i) {
    status = json::parse(client.Get(("/v1/batches/" + id).c_str())->body);
    if (status["finished"].get<bool>()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(status["items"][0]["state"], "done") << status.dump();
  json post = json::parse(
      client.Get(("/v1/posts/" + status["items"][0]["post_id"].get<std::string>()).c_str())->body);
  EXPECT_EQ(post["style"], "learning");
  EXPECT_EQ(post["tone"], "minimal");
  json again = PostJson(client, "/v1/batches", request, 202);
  EXPECT_EQ(again["id"], id) << "the same list with the same options is the same job";
}

TEST_F(ServerTest, LlmTierStreamsTokensStoresAttemptsAndReportsHealth) {
  fake::FakeLlmServer llm;
  llm.SetDefault(fake::FakeReply::Answer(
      testing::AnswerJson("A tiny command-line tool that formats JSON files quickly.\n\n"
                          "• Pretty-prints JSON\n• Validates JSON against a schema\n\n"
                          "Install it with cargo install demo-tool",
                          {"#OpenSource", "#JSON", "#CLI"})));
  auto tiers = app::LlmTiers::Open({.provider_specs = {llm.base_url() + "#model=fake-model"}}, {});
  ASSERT_TRUE(tiers) << tiers.error().message;
  Start({}, *tiers);
  auto client = Client();
  auto health = json::parse(client.Get("/v1/health")->body);
  EXPECT_FALSE(health["offline"].get<bool>());
  ASSERT_EQ(health["providers"].size(), 1u) << health.dump();
  EXPECT_EQ(health["llm"]["template_fallback"], true);
  EXPECT_EQ(client.Get("/v1/health")->body.find("base_url"), std::string::npos)
      << "the public health report does not give the providers' URLs";

  httplib::Headers headers = {{"Accept", "text/event-stream"}};
  json body = {{"source", {{"location", repo_->path().string()}}}};
  auto streamed = client.Post("/v1/posts", headers, body.dump(), "application/json");
  ASSERT_TRUE(streamed);
  EXPECT_NE(streamed->body.find("event: token"), std::string::npos)
      << streamed->body.substr(0, 600);
  const std::size_t at = streamed->body.find("event: result\ndata: ");
  ASSERT_NE(at, std::string::npos) << streamed->body.substr(0, 600);
  std::string data = streamed->body.substr(at + 20);
  json post = json::parse(data.substr(0, data.find('\n')));
  EXPECT_EQ(post["writer"], "llm") << post["details"]["notes"].dump();
  EXPECT_NE(post["provider"], "llm") << "the provider that answered is named";
  ASSERT_FALSE(post["attempts"].empty());
  EXPECT_EQ(post["attempts"][0]["status"], "ok");
  auto stored =
      json::parse(client.Get(("/v1/posts/" + post["id"].get<std::string>()).c_str())->body);
  EXPECT_EQ(stored["attempts"].size(), post["attempts"].size());

  // "offline": true skips the LLM tier for one request.
  json offline =
      PostJson(client, "/v1/posts",
               {{"source", {{"location", repo_->path().string()}}}, {"offline", true}}, 201);
  EXPECT_EQ(offline["writer"], "template");
  EXPECT_TRUE(offline["attempts"].empty());
}

TEST_F(ServerTest, AnAbandonedGenerationCancelsItsLlmCallAndFreesTheWorker) {
  fake::FakeLlmServer llm;
  fake::FakeReply hang = fake::FakeReply::Of(fake::FakeReplyKind::kHang);
  hang.hang = std::chrono::milliseconds(60000);
  llm.SetDefault(hang);
  auto tiers = app::LlmTiers::Open({.provider_specs = {llm.base_url() + "#model=fake-model"}}, {});
  ASSERT_TRUE(tiers) << tiers.error().message;
  options_.worker_threads = 1;
  options_.request_timeout = std::chrono::seconds(1);
  Start({}, *tiers);
  auto client = Client();
  const json body = {{"source", {{"location", repo_->path().string()}}}};
  PostJson(client, "/v1/posts", body, 504);
  // The only worker was held by a provider that answers in 60 s. Cancelled, it is free again
  // within a few tries of one second each; without the cancel every try would time out.
  json offline = body;
  offline["offline"] = true;
  int status = 0;
  for (int attempt = 0; attempt < 20 && status != 201; ++attempt) {
    auto res = client.Post("/v1/posts", offline.dump(), "application/json");
    ASSERT_TRUE(res);
    status = res->status;
  }
  EXPECT_EQ(status, 201);
  auto history = store_->generations().ListHistory({.limit = 10});
  ASSERT_TRUE(history);
  for (const auto& entry : *history) {
    EXPECT_EQ(entry.generation.writer_tier, "template") << "the abandoned post was not stored";
  }
}

TEST_F(ServerTest, FailingProviderFallsBackToTheTemplateWriterAndIsReported) {
  fake::FakeLlmServer llm;
  llm.SetDefault(fake::FakeReply::Status(503));
  auto tiers = app::LlmTiers::Open({.provider_specs = {llm.base_url() + "#model=fake-model"}}, {});
  ASSERT_TRUE(tiers) << tiers.error().message;
  Start({}, *tiers);
  auto client = Client();
  json post =
      PostJson(client, "/v1/posts", {{"source", {{"location", repo_->path().string()}}}}, 201);
  EXPECT_EQ(post["writer"], "template");
  EXPECT_TRUE(post["fell_back"].get<bool>());
  ASSERT_FALSE(post["attempts"].empty());
  EXPECT_EQ(post["attempts"][0]["status"], "error");
  auto health = json::parse(client.Get("/v1/health")->body);
  EXPECT_EQ(health["status"], "degraded") << health.dump();
  EXPECT_TRUE(health["degraded"].get<bool>());
}

}  // namespace
}  // namespace repopost::server
