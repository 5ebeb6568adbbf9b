// OpenAiEmbedder and CachingEmbedder against a real HTTP server on 127.0.0.1 that speaks the
// /v1/embeddings JSON shape, counting requests to prove the cache works.
#include "index/openai_embedder.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "index/caching_embedder.h"
#include "index/embedding_cache.h"
#include "index/repo_index.h"
#include "index/source_texts.h"

namespace repopost::index {
namespace {

using nlohmann::json;

// A deterministic 8-d "model": each input's vector depends on its length and first byte.
json FakeEmbedding(const std::string& text) {
  json vector = json::array();
  for (int i = 0; i < 8; ++i) {
    vector.push_back(
        static_cast<double>((text.size() * (i + 1) + (text.empty() ? 0 : text[0])) % 17) + 1.0);
  }
  return vector;
}

class EmbeddingsServer {
 public:
  EmbeddingsServer() {
    server_.Post("/v1/embeddings",
                 [this](const httplib::Request& request, httplib::Response& response) {
                   ++requests_;
                   {
                     std::lock_guard<std::mutex> lock(mutex_);
                     last_authorization_ = request.get_header_value("Authorization");
                   }
                   const json body = json::parse(request.body);
                   json data = json::array();
                   const json& input = body.at("input");
                   inputs_ += static_cast<int>(input.size());
                   // Answer in reverse order: clients must place vectors by "index".
                   for (std::size_t i = input.size(); i-- > 0;) {
                     data.push_back({{"object", "embedding"},
                                     {"index", i},
                                     {"embedding", FakeEmbedding(input[i].get<std::string>())}});
                   }
                   json answer = {{"object", "list"},
                                  {"data", data},
                                  {"model", body.at("model")},
                                  {"usage", {{"prompt_tokens", 1}, {"total_tokens", 1}}}};
                   response.set_content(answer.dump(), "application/json");
                 });
    server_.Post(
        "/broken/embeddings", [this](const httplib::Request&, httplib::Response& response) {
          ++requests_;
          response.status = 500;
          response.set_content(R"({"error":{"message":"model not loaded"}})", "application/json");
        });
    server_.Post("/slow/embeddings", [this](const httplib::Request&, httplib::Response& response) {
      ++requests_;
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      response.set_content(R"({"data":[]})", "application/json");
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~EmbeddingsServer() {
    server_.stop();
    thread_.join();
  }

  std::string Url(const std::string& prefix) const {
    return "http://127.0.0.1:" + std::to_string(port_) + prefix;
  }
  int requests() const { return requests_; }
  int inputs() const { return inputs_; }
  std::string last_authorization() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return last_authorization_;
  }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::atomic<int> requests_{0};
  std::atomic<int> inputs_{0};
  mutable std::mutex mutex_;
  std::string last_authorization_;
};

// A loopback port nobody listens on: bound by the kernel's choice, then closed.
int FreeLoopbackPort() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address));
  socklen_t length = sizeof(address);
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

OpenAiEmbedderConfig Config(const std::string& base_url) {
  OpenAiEmbedderConfig config;
  config.base_url = base_url;
  config.model = "fake-embed";
  config.connect_timeout = std::chrono::milliseconds(1000);
  config.total_timeout = std::chrono::milliseconds(5000);
  return config;
}

std::filesystem::path TempCacheFile(const std::string& name) {
  const std::filesystem::path dir =
      std::filesystem::path(REPOPOST_BINARY_DIR) / "test-tmp" / ("embedding-cache-" + name);
  std::filesystem::remove_all(dir);
  return dir / "embeddings.bin";
}

TEST(OpenAiEmbedder, EmbedsInBatchesInInputOrderAndSendsTheKey) {
  EmbeddingsServer server;
  OpenAiEmbedderConfig config = Config(server.Url("/v1/"));
  config.api_key = core::Secret("sk-test-123");
  config.batch_size = 2;
  const OpenAiEmbedder embedder(config);
  const std::vector<std::string> texts = {"alpha", "be", "gamma ray", "d"};
  core::Result<std::vector<Embedding>> vectors = embedder.Embed(texts);
  ASSERT_TRUE(vectors.has_value()) << vectors.error().message;
  ASSERT_EQ(vectors->size(), 4u);
  EXPECT_EQ(server.requests(), 2);  // two batches of two
  EXPECT_EQ(server.last_authorization(), "Bearer sk-test-123");
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Embedding expected;
    for (const json& value : FakeEmbedding(texts[i])) expected.push_back(value.get<float>());
    NormalizeL2(expected);
    ASSERT_EQ((*vectors)[i].size(), 8u);
    for (std::size_t d = 0; d < 8; ++d) EXPECT_NEAR((*vectors)[i][d], expected[d], 1e-6) << i;
  }
}

TEST(OpenAiEmbedder, ServerErrorBecomesProviderErrorWithTheServerMessage) {
  EmbeddingsServer server;
  const OpenAiEmbedder embedder(Config(server.Url("/broken")));
  core::Result<std::vector<Embedding>> vectors = embedder.Embed({"text"});
  ASSERT_FALSE(vectors.has_value());
  EXPECT_EQ(vectors.error().code, core::ErrorCode::kProvider);
  EXPECT_NE(vectors.error().message.find("HTTP 500"), std::string::npos);
  EXPECT_NE(vectors.error().message.find("model not loaded"), std::string::npos);
}

TEST(OpenAiEmbedder, SlowServerTimesOut) {
  EmbeddingsServer server;
  OpenAiEmbedderConfig config = Config(server.Url("/slow"));
  config.total_timeout = std::chrono::milliseconds(300);
  const OpenAiEmbedder embedder(config);
  core::Result<std::vector<Embedding>> vectors = embedder.Embed({"text"});
  ASSERT_FALSE(vectors.has_value());
  EXPECT_EQ(vectors.error().code, core::ErrorCode::kTimeout);
}

TEST(OpenAiEmbedder, UnreachableServerIsAProviderError) {
  const int port = FreeLoopbackPort();
  const OpenAiEmbedder embedder(Config("http://127.0.0.1:" + std::to_string(port) + "/v1"));
  core::Result<std::vector<Embedding>> vectors = embedder.Embed({"text"});
  ASSERT_FALSE(vectors.has_value());
  EXPECT_EQ(vectors.error().code, core::ErrorCode::kProvider);
}

TEST(CachingEmbedder, UnchangedChunksAreNeverEmbeddedTwiceAcrossRuns) {
  EmbeddingsServer server;
  const OpenAiEmbedder remote(Config(server.Url("/v1")));
  const std::filesystem::path file = TempCacheFile("runs");
  const core::FactSheet sheet = FactSheetFromTexts(
      {{"a.md", "# Alpha\nFirst section about parsing.\n\n# Beta\nSecond section on caching.\n"}});
  int first_inputs = 0;
  {
    core::Result<EmbeddingCache> cache = EmbeddingCache::Open(file);
    ASSERT_TRUE(cache.has_value()) << cache.error().message;
    CachingEmbedder embedder(remote, *cache);
    core::Result<RepoIndex> index = RepoIndex::Build(sheet, IndexOptions{}, &embedder);
    ASSERT_TRUE(index.has_value()) << index.error().message;
    first_inputs = server.inputs();
    EXPECT_EQ(first_inputs, static_cast<int>(index->chunks().size()));
    EXPECT_EQ(cache->size(), index->chunks().size());
  }
  const int requests_after_first_build = server.requests();
  {
    core::Result<EmbeddingCache> cache = EmbeddingCache::Open(file);  // a new run
    ASSERT_TRUE(cache.has_value());
    CachingEmbedder embedder(remote, *cache);
    core::Result<RepoIndex> index = RepoIndex::Build(sheet, IndexOptions{}, &embedder);
    ASSERT_TRUE(index.has_value());
    EXPECT_EQ(server.requests(), requests_after_first_build);  // all chunks came from disk
    // One changed chunk: exactly one more input is sent.
    core::FactSheet changed = sheet;
    changed.documents[0].text += "\n# Gamma\nA new section.\n";
    ASSERT_TRUE(RepoIndex::Build(changed, IndexOptions{}, &embedder).has_value());
    EXPECT_EQ(server.inputs(), first_inputs + 1);
  }
}

TEST(CachingEmbedder, KeysIncludeTheModel) {
  EmbeddingsServer server;
  const std::filesystem::path file = TempCacheFile("models");
  core::Result<EmbeddingCache> cache = EmbeddingCache::Open(file);
  ASSERT_TRUE(cache.has_value());
  OpenAiEmbedderConfig other = Config(server.Url("/v1"));
  other.model = "other-embed";
  const OpenAiEmbedder first(Config(server.Url("/v1")));
  const OpenAiEmbedder second(other);
  ASSERT_TRUE(CachingEmbedder(first, *cache).Embed({"same text"}).has_value());
  ASSERT_TRUE(CachingEmbedder(second, *cache).Embed({"same text"}).has_value());
  EXPECT_EQ(server.requests(), 2);
  EXPECT_EQ(cache->size(), 2u);
}

TEST(CachingEmbedder, ErrorsPassThroughAndCacheNothing) {
  EmbeddingsServer server;
  core::Result<EmbeddingCache> cache = EmbeddingCache::Open(TempCacheFile("errors"));
  ASSERT_TRUE(cache.has_value());
  const OpenAiEmbedder broken(Config(server.Url("/broken")));
  CachingEmbedder embedder(broken, *cache);
  core::Result<RepoIndex> index =
      RepoIndex::Build(FactSheetFromTexts({{"a.txt", "some text"}}), IndexOptions{}, &embedder);
  ASSERT_FALSE(index.has_value());
  EXPECT_EQ(index.error().code, core::ErrorCode::kProvider);
  EXPECT_EQ(cache->size(), 0u);
}

TEST(EmbeddingCache, SurvivesATornLastRecordAndRejectsForeignFiles) {
  const std::filesystem::path file = TempCacheFile("torn");
  {
    core::Result<EmbeddingCache> cache = EmbeddingCache::Open(file);
    ASSERT_TRUE(cache.has_value());
    ASSERT_TRUE(cache->Put("m", "one", Embedding{1.0f, 0.0f}).has_value());
    ASSERT_TRUE(cache->Put("m", "two", Embedding{0.0f, 1.0f}).has_value());
  }
  std::filesystem::resize_file(file, std::filesystem::file_size(file) - 3);
  {
    core::Result<EmbeddingCache> cache = EmbeddingCache::Open(file);
    ASSERT_TRUE(cache.has_value());
    EXPECT_EQ(cache->size(), 1u);
    EXPECT_TRUE(cache->Find("m", "one").has_value());
    EXPECT_FALSE(cache->Find("m", "two").has_value());
    ASSERT_TRUE(cache->Put("m", "three", Embedding{0.5f, 0.5f}).has_value());
  }
  core::Result<EmbeddingCache> reopened = EmbeddingCache::Open(file);
  ASSERT_TRUE(reopened.has_value());
  EXPECT_EQ(reopened->size(), 2u);
  EXPECT_EQ(*reopened->Find("m", "three"), (Embedding{0.5f, 0.5f}));

  const std::filesystem::path foreign = file.parent_path() / "foreign.bin";
  {
    std::ofstream out(foreign);
    out << "not a cache";
  }
  core::Result<EmbeddingCache> rejected = EmbeddingCache::Open(foreign);
  ASSERT_FALSE(rejected.has_value());
  EXPECT_EQ(rejected.error().code, core::ErrorCode::kInput);
}

}  // namespace
}  // namespace repopost::index
