// The HTTP API against a real server on 127.0.0.1 with a real SQLite store and the real
// generation pipeline, driven by a real HTTP client: every route, error statuses, streaming,
// limits, auth, rate limits, batches and shutdown.
#include <future>

#include "integration/server/server_fixture.h"

namespace repopost::server {
namespace {

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

}  // namespace
}  // namespace repopost::server
