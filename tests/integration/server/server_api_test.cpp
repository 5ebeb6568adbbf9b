// The HTTP API against a real server on 127.0.0.1 with a real SQLite store and the real
// generation pipeline, driven by a real HTTP client.
#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "app/generation_service.h"
#include "fake_github_server/fake_github_server.h"
#include "fake_llm_server/fake_llm_server.h"
#include "fixture_repo/fixture_repo.h"
#include "integration/llm_writer/llm_writer_support.h"
#include "server/server.h"

namespace repopost::server {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr const char* kReadme =
    "# demo-tool\n\nA tiny command-line tool that formats JSON files quickly.\n\n"
    "## Features\n\n- Pretty-prints JSON\n- Validates JSON against a schema\n\n"
    "## Install\n\n```sh\ncargo install demo-tool\n```\n";

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("repopost-server-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    fs::create_directories(dir_ / "roots");
    repo_ = std::make_unique<testing::FixtureRepo>(testing::FixtureRepo::Create());
    repo_->Write("README.md", kReadme);
    repo_->Commit("feat: first commit");
    fs::create_directories(dir_ / "roots" / "plain");
    fs::create_symlink("/etc", dir_ / "roots" / "plain" / "escape");
    options_.port = 0;
    options_.allowed_roots = {(dir_ / "roots").string(), repo_->path().string()};
  }
  void TearDown() override {
    Stop();
    store_ = nullptr;
    context_.reset();
    repo_.reset();
    fs::remove_all(dir_);
  }

  void Start(GenerationRunner::Generator generator = {},
             std::shared_ptr<app::LlmTiers> llm = nullptr, app::EnvMap env = {}) {
    app::AppSettings settings{.db_url = "sqlite:" + (dir_ / "db.sqlite").string(),
                              .data_dir = dir_ / "data"};
    settings.config.allowed_roots = options_.allowed_roots;
    auto context = app::AppContext::Open(std::move(settings), env);
    ASSERT_TRUE(context) << context.error().message;
    context_ = std::move(*context);
    store_ = &context_->store();
    auto server = Server::Create(options_, {*context_, std::move(llm), std::move(generator)});
    ASSERT_TRUE(server) << server.error().message;
    server_ = std::move(*server);
    auto port = server_->Bind();
    ASSERT_TRUE(port) << port.error().message;
    port_ = *port;
    thread_ = std::thread([this] { run_status_ = server_->Run(); });
  }
  void Stop() {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
  }

  httplib::Client Client(const std::string& key = "") {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30, 0);
    if (!key.empty()) client.set_default_headers({{"Authorization", "Bearer " + key}});
    return client;
  }
  json PostJson(httplib::Client& client, const std::string& path, const json& body,
                int expected_status) {
    auto res = client.Post(path.c_str(), body.dump(), "application/json");
    EXPECT_TRUE(res);
    if (!res) return {};
    EXPECT_EQ(res->status, expected_status) << res->body;
    return json::parse(res->body, nullptr, false);
  }
  json GenerateFromText(httplib::Client& client, const std::string& text) {
    return PostJson(client, "/v1/posts", {{"source", {{"text", text}, {"text_name", "README.md"}}}},
                    201);
  }

  static inline int counter_ = 0;
  fs::path dir_;
  std::unique_ptr<testing::FixtureRepo> repo_;
  ServerOptions options_;
  std::unique_ptr<app::AppContext> context_;
  store::Store* store_ = nullptr;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  core::Status run_status_;
  int port_ = 0;
};

TEST_F(ServerTest, HealthAndOpenApiDescribeEveryRoute) {
  Start();
  auto client = Client();
  auto health = client.Get("/v1/health");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(json::parse(health->body)["status"], "ok");
  EXPECT_NE(health->get_header_value("Content-Security-Policy").find("script-src 'self'"),
            std::string::npos);
  auto doc = client.Get("/openapi.json");
  ASSERT_TRUE(doc);
  json paths = json::parse(doc->body)["paths"];
  for (const char* path :
       {"/v1/posts", "/v1/posts/{id}", "/v1/posts/{id}/versions", "/v1/posts/{id}/refine",
        "/v1/posts/{id}/diff", "/v1/posts/{id}/feedback", "/v1/batches", "/v1/batches/{id}",
        "/v1/health", "/metrics", "/v1/metrics/series", "/openapi.json", "/"}) {
    EXPECT_TRUE(paths.contains(path)) << path;
  }
}

TEST_F(ServerTest, GenerateRefineDiffFeedbackRoundTrip) {
  Start();
  auto client = Client();
  json post = GenerateFromText(client, kReadme);
  ASSERT_TRUE(post.contains("id"));
  const std::string id = post["id"];
  EXPECT_FALSE(post["latest"]["text"].get<std::string>().empty());
  EXPECT_FALSE(post["details"]["facts_used"].empty());

  auto got = client.Get(("/v1/posts/" + id).c_str());
  ASSERT_TRUE(got);
  EXPECT_EQ(got->status, 200);
  EXPECT_EQ(json::parse(got->body)["latest"]["text"], post["latest"]["text"]);

  json edited = PostJson(client, "/v1/posts/" + id + "/refine",
                         {{"text", "Edited by hand.\n\nA tiny tool."}}, 201);
  EXPECT_EQ(edited["reason"], "manual-edit");
  EXPECT_EQ(edited["seq"], 2);

  auto versions = client.Get(("/v1/posts/" + id + "/versions").c_str());
  ASSERT_TRUE(versions);
  EXPECT_EQ(json::parse(versions->body)["versions"].size(), 2u);

  auto diff = client.Get(
      ("/v1/posts/" + id + "/diff?against=" + post["latest"]["id"].get<std::string>()).c_str());
  ASSERT_TRUE(diff);
  ASSERT_EQ(diff->status, 200) << diff->body;
  bool inserted = false;
  const json diff_json = json::parse(diff->body);
  for (const auto& piece : diff_json["pieces"]) {
    inserted = inserted || (piece["op"] == "insert" &&
                            piece["text"].get<std::string>().find("Edited") != std::string::npos);
  }
  EXPECT_TRUE(inserted) << diff->body;

  json feedback = PostJson(client, "/v1/posts/" + id + "/feedback",
                           {{"type", "engaging"}, {"rating", 5}, {"comment", "nice"}}, 201);
  EXPECT_EQ(feedback["feedback"]["type"], "engaging");
  EXPECT_FALSE(feedback.contains("new_version")) << "engaging feedback changes nothing";
  auto after = json::parse(client.Get(("/v1/posts/" + id).c_str())->body);
  EXPECT_EQ(after["feedback"].size(), 1u);
  EXPECT_EQ(after["versions"].size(), 2u);
}

TEST_F(ServerTest, RefineActionsMakeNewVersions) {
  Start();
  auto client = Client();
  json post = GenerateFromText(client, kReadme);
  const std::string id = post["id"];
  json shorter = PostJson(client, "/v1/posts/" + id + "/refine", {{"action", "shorter"}}, 201);
  EXPECT_EQ(shorter["reason"], "refine");
  EXPECT_LT(shorter["characters"].get<int>(), post["latest"]["characters"].get<int>());
  PostJson(client, "/v1/posts/" + id + "/refine", {{"action", "sideways"}}, 400);
}

TEST_F(ServerTest, GeneratesFromLocalRepositoryUnderAllowedRoot) {
  Start();
  auto client = Client();
  json post =
      PostJson(client, "/v1/posts", {{"source", {{"location", repo_->path().string()}}}}, 201);
  EXPECT_FALSE(post["details"]["commit"].get<std::string>().empty());
}

TEST_F(ServerTest, LocalPathsOutsideRootsAreForbidden) {
  Start();
  auto client = Client();
  for (const std::string location :
       {std::string("/etc"), (dir_ / "roots" / ".." / "db.sqlite").string(),
        (dir_ / "roots" / "plain" / "escape").string(), std::string("../../etc")}) {
    json problem = PostJson(client, "/v1/posts", {{"source", {{"location", location}}}}, 403);
    EXPECT_EQ(problem["code"], "forbidden") << location;
  }
  PostJson(client, "/v1/posts", {{"source", {{"location", (dir_ / "roots" / "missing").string()}}}},
           422);
}

TEST_F(ServerTest, StreamsProgressAndResultAsServerSentEvents) {
  Start();
  auto client = Client();
  httplib::Headers headers = {{"Accept", "text/event-stream"}};
  json body = {{"source", {{"text", kReadme}}}};
  auto res = client.Post("/v1/posts", headers, body.dump(), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/event-stream"), std::string::npos);
  EXPECT_NE(res->body.find("event: progress"), std::string::npos);
  auto result_at = res->body.find("event: result\ndata: ");
  ASSERT_NE(result_at, std::string::npos) << res->body;
  std::string data = res->body.substr(result_at + 20);
  data = data.substr(0, data.find('\n'));
  json post = json::parse(data);
  auto stored = client.Get(("/v1/posts/" + post["id"].get<std::string>()).c_str());
  EXPECT_EQ(stored->status, 200);
}

struct ErrorCase {
  const char* name;
  const char* method;
  const char* path;
  std::string body;
  const char* content_type;
  int status;
};

TEST_F(ServerTest, ErrorsAreProblemJsonWithTheRightStatus) {
  options_.max_text_bytes = 1000;
  options_.max_body_bytes = 64 * 1024;
  Start();
  auto client = Client();
  const std::vector<ErrorCase> cases = {
      {"malformed json", "POST", "/v1/posts", "{\"source\": ", "application/json", 400},
      {"not an object", "POST", "/v1/posts", "[1,2]", "application/json", 400},
      {"unknown field", "POST", "/v1/posts", R"({"source":{"text":"x"},"colour":1})",
       "application/json", 400},
      {"wrong type", "POST", "/v1/posts", R"({"source":{"text":7}})", "application/json", 400},
      {"unknown style", "POST", "/v1/posts",
       R"({"source":{"text":"x"},"options":{"style":"viral"}})", "application/json", 400},
      {"no source", "POST", "/v1/posts", R"({"source":{}})", "application/json", 400},
      {"wrong media type", "POST", "/v1/posts", R"({"source":{"text":"x"}})", "text/plain", 415},
      {"text over cap", "POST", "/v1/posts",
       json{{"source", {{"text", std::string(2000, 'a')}}}}.dump(), "application/json", 413},
      {"body over cap", "POST", "/v1/posts", std::string(100 * 1024, ' '), "application/json", 413},
      {"unknown post", "GET", "/v1/posts/g_doesnotexist", "", "", 404},
      {"unknown route", "GET", "/v2/nothing", "", "", 404},
      {"wrong method", "DELETE", "/v1/posts", "", "", 405},
      {"diff without against", "GET", "/v1/posts/g_x/diff", "", "", 400},
      {"unknown batch", "GET", "/v1/batches/b_nothing", "", "", 404},
      {"empty batch", "POST", "/v1/batches", R"({"sources":[]})", "application/json", 400},
  };
  for (const auto& c : cases) {
    httplib::Result res = std::string(c.method) == "POST"
                              ? client.Post(c.path, c.body, c.content_type)
                          : std::string(c.method) == "GET" ? client.Get(c.path)
                                                           : client.Delete(c.path);
    ASSERT_TRUE(res) << c.name;
    EXPECT_EQ(res->status, c.status) << c.name << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/problem+json") << c.name;
    json problem = json::parse(res->body, nullptr, false);
    EXPECT_EQ(problem["status"], c.status) << c.name;
    EXPECT_FALSE(problem["detail"].get<std::string>().empty()) << c.name;
  }
}

TEST_F(ServerTest, FeedbackValidation) {
  Start();
  auto client = Client();
  const std::string id = GenerateFromText(client, kReadme)["id"];
  PostJson(client, "/v1/posts/" + id + "/feedback", {{"type", "meh"}}, 400);
  PostJson(client, "/v1/posts/" + id + "/feedback", {{"type", "engaging"}, {"rating", 9}}, 400);
  PostJson(client, "/v1/posts/g_missing/feedback", {{"type", "engaging"}}, 404);
}

TEST_F(ServerTest, ApiKeysAreCheckedWithScopes) {
  options_.require_api_keys = true;
  options_.api_keys = {{"reader", core::Secret("read-key-123"), Scope::kRead},
                       {"writer", core::Secret("gen-key-456"), Scope::kGenerate}};
  Start();
  json body = {{"source", {{"text", kReadme}}}};
  auto anonymous = Client();
  auto res = anonymous.Post("/v1/posts", body.dump(), "application/json");
  EXPECT_EQ(res->status, 401);
  EXPECT_EQ(anonymous.Get("/v1/health")->status, 200);  // health stays public
  auto wrong = Client("not-a-key");
  EXPECT_EQ(wrong.Get("/v1/posts/g_x")->status, 401);
  auto reader = Client("read-key-123");
  EXPECT_EQ(reader.Post("/v1/posts", body.dump(), "application/json")->status, 403);
  auto writer = Client("gen-key-456");
  auto created = writer.Post("/v1/posts", body.dump(), "application/json");
  ASSERT_EQ(created->status, 201);
  // Responses never echo a key.
  EXPECT_EQ(created->body.find("gen-key-456"), std::string::npos);
  auto audit = store_->audit().ListAudit({});
  ASSERT_TRUE(audit);
  ASSERT_FALSE(audit->empty());
  EXPECT_EQ(audit->front().actor, "writer");
  EXPECT_EQ(audit->front().action, "generate");
  EXPECT_NE(audit->front().origin.find("127.0.0.1"), std::string::npos);
}

TEST_F(ServerTest, RateLimitAnswers429WithRetryAfter) {
  options_.per_address_limit = {0.5, 3};
  Start();
  auto client = Client();
  for (int i = 0; i < 3; ++i) EXPECT_EQ(client.Get("/v1/health")->status, 200);
  auto limited = client.Get("/v1/health");
  EXPECT_EQ(limited->status, 429);
  EXPECT_FALSE(limited->get_header_value("Retry-After").empty());
}

TEST_F(ServerTest, HtmlInSourceTextStaysText) {
  Start();
  auto client = Client();
  const std::string hostile =
      "# <script>alert(1)</script>\n\nA tool that <img src=x onerror=alert(1)> formats JSON.\n";
  json post = GenerateFromText(client, hostile);
  ASSERT_TRUE(post.contains("id"));
  auto res = client.Get(("/v1/posts/" + post["id"].get<std::string>()).c_str());
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff");
  auto page = client.Get("/");
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->body.find("<script>"), std::string::npos);  // no inline scripts
}

TEST_F(ServerTest, BatchRunsOnWorkersAndReportsItems) {
  Start();
  auto client = Client();
  json batch = PostJson(client, "/v1/batches", {{"sources", {repo_->path().string()}}}, 202);
  const std::string id = batch["id"];
  json status;
  for (int i = 0; i < 200; ++i) {
    status = json::parse(client.Get(("/v1/batches/" + id).c_str())->body);
    if (status["finished"].get<bool>()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(status["done"], 1) << status.dump();
  EXPECT_EQ(status["items"][0]["state"], "done");
  EXPECT_EQ(
      client.Get(("/v1/posts/" + status["items"][0]["post_id"].get<std::string>()).c_str())->status,
      200);
  PostJson(client, "/v1/batches", {{"sources", {"/etc"}}}, 403);
}

TEST_F(ServerTest, ShutdownLetsInFlightGenerationFinishAndStore) {
  std::promise<void> entered;
  std::promise<void> release;
  auto release_future = release.get_future().share();
  bool first = true;
  Start([&, release_future](const app::GenerateRequest& r) {
    if (first) {
      first = false;
      entered.set_value();
      release_future.wait();
    }
    return context_->generation().Generate(r);
  });
  auto in_flight = std::async(std::launch::async, [&] {
    auto client = Client();
    json body = {{"source", {{"text", kReadme}}}};
    auto res = client.Post("/v1/posts", body.dump(), "application/json");
    return res ? res->status : -1;
  });
  entered.get_future().wait();
  std::thread stopper([&] { server_->Stop(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  release.set_value();
  EXPECT_EQ(in_flight.get(), 201);
  stopper.join();
  thread_.join();
  EXPECT_TRUE(run_status_);
  auto history = store_->generations().ListHistory({});
  ASSERT_TRUE(history);
  EXPECT_EQ(history->size(), 1u);
  auto refused = httplib::Client("127.0.0.1", port_).Get("/v1/health");
  EXPECT_FALSE(refused);
}

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
  // A steady baseline from the source that scores higher, then a run from the one that scores
  // lower: quality drops, and the drop is reported where it begins.
  const json repo_source = {{"location", repo_->path().string()}};
  const json bare_source = {{"text", "# tiny\n\nA command-line tool for JSON.\n"}};
  const double repo_quality =
      PostJson(client, "/v1/posts", {{"source", repo_source}}, 201)["latest"]["quality_score"];
  const double bare_quality =
      PostJson(client, "/v1/posts", {{"source", bare_source}}, 201)["latest"]["quality_score"];
  ASSERT_NE(repo_quality, bare_quality);
  const json& high = repo_quality > bare_quality ? repo_source : bare_source;
  const json& low = repo_quality > bare_quality ? bare_source : repo_source;
  for (int i = 0; i < 14; ++i) PostJson(client, "/v1/posts", {{"source", high}}, 201);
  for (int i = 0; i < 10; ++i) PostJson(client, "/v1/posts", {{"source", low}}, 201);
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
