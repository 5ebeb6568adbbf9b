// `--llm auto`: DiscoverLocalServers finds a running OpenAI-compatible server by GET /v1/models
// and uses the first model it lists; servers that are down, answer an error or list nothing are
// skipped. Real HTTP to the fake server on loopback.
#include "llm/local_discovery.h"

#include <gtest/gtest.h>

#include "fake_llm_server/fake_llm_server.h"

namespace repopost::llm {
namespace {

using fake::FakeLlmServer;

// A port nothing listens on: a server bound and stopped.
std::string ClosedBaseUrl() {
  FakeLlmServer gone;
  std::string url = gone.base_url();
  gone.Stop();
  return url;
}

TEST(LocalDiscovery, FindsARunningServerAndItsFirstModel) {
  FakeLlmServer server;
  auto found = DiscoverLocalServers({{"down", ClosedBaseUrl()}, {"ollama", server.base_url()}});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].identity.name, "ollama");
  EXPECT_EQ(found[0].identity.model, "fake-model");
  EXPECT_EQ(found[0].identity.base_url, server.base_url());
}

TEST(LocalDiscovery, AServerAnsweringAnErrorIsSkipped) {
  FakeLlmServer server;
  server.SetModelsStatus(503);
  EXPECT_TRUE(DiscoverLocalServers({{"llama.cpp", server.base_url()}}).empty());
}

TEST(LocalDiscovery, DefaultsAreOllamaThenLlamaCppUnlessTheEnvironmentNamesOthers) {
  auto defaults = DefaultLocalCandidates({});
  ASSERT_EQ(defaults.size(), 2u);
  EXPECT_EQ(defaults[0].base_url, "http://127.0.0.1:11434/v1");
  EXPECT_EQ(defaults[1].base_url, "http://127.0.0.1:8080/v1");
  auto named = DefaultLocalCandidates(
      {{"REPOPOST_AUTO_LLM_URLS", "http://127.0.0.1:9/v1/, http://127.0.0.1:10/v1"}});
  ASSERT_EQ(named.size(), 2u);
  EXPECT_EQ(named[0].base_url, "http://127.0.0.1:9/v1");
}

}  // namespace
}  // namespace repopost::llm
