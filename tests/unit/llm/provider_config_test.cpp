#include "llm/provider_config.h"

#include <gtest/gtest.h>

#include <sstream>

namespace repopost::llm {
namespace {

using std::chrono::milliseconds;

TEST(ProviderConfig, ParsesUrlWithModelNameAndKeyEnv) {
  Env env = {{"MY_KEY", "sk-123"}};
  auto spec =
      ParseProviderSpec("http://127.0.0.1:8080/v1/#model=qwen&name=local&key_env=MY_KEY", env);
  ASSERT_TRUE(spec.has_value()) << spec.error().message;
  EXPECT_EQ(spec->identity.base_url, "http://127.0.0.1:8080/v1");
  EXPECT_EQ(spec->identity.model, "qwen");
  EXPECT_EQ(spec->identity.name, "local");
  EXPECT_EQ(spec->api_key.Reveal(), "sk-123");
}

TEST(ProviderConfig, NormalisesBaseUrls) {
  Env env;
  EXPECT_EQ(ParseProviderSpec("http://h:1#model=m", env)->identity.base_url, "http://h:1/v1");
  EXPECT_EQ(ParseProviderSpec("https://h/api/v1/chat/completions#model=m", env)->identity.base_url,
            "https://h/api/v1");
  EXPECT_EQ(ParseProviderSpec("http://h:1#model=m", env)->identity.name, "h:1");
}

TEST(ProviderConfig, KnownHostsGetTheirNameAndKey) {
  Env env = {{"GROQ_API_KEY", "gsk"}};
  auto spec = ParseProviderSpec("https://api.groq.com/openai/v1#model=llama", env);
  ASSERT_TRUE(spec.has_value());
  EXPECT_EQ(spec->identity.name, "groq");
  EXPECT_EQ(spec->api_key.Reveal(), "gsk");
  std::ostringstream printed;
  printed << spec->api_key;
  EXPECT_EQ(printed.str(), "****");
}

TEST(ProviderConfig, AcceptsPortsAndIpv6Hosts) {
  Env env;
  for (const char* good : {"http://127.0.0.1:11434/v1#model=m", "http://[::1]:8080/v1#model=m",
                           "http://[::1]/v1#model=m", "https://h:65535#model=m"}) {
    EXPECT_TRUE(ParseProviderSpec(good, env).has_value()) << good;
  }
}

TEST(ProviderConfig, RejectsBadSpecsWithOneSentence) {
  Env env;
  for (const char* bad : {"127.0.0.1:8080#model=m", "ftp://h#model=m", "http://h/v1",
                          "http://h#model=m&colour=red", "http://user:pw@h#model=m",
                          // Issue 16: these were accepted and silently fell back.
                          "http://127.0.0.1:99999/v1#model=m", "http://127.0.0.1:abc/v1#model=m",
                          "http://[::1/v1#model=m", "http://h:/v1#model=m", "http://h:0#model=m",
                          "http://[]:80#model=m"}) {
    auto spec = ParseProviderSpec(bad, env);
    ASSERT_FALSE(spec.has_value()) << bad;
    EXPECT_EQ(spec.error().code, core::ErrorCode::kInput);
    EXPECT_EQ(spec.error().message.find('\n'), std::string::npos);
  }
}

TEST(ProviderConfig, BuildsPresetsFromTheEnvironment) {
  Env env = {{"GROQ_API_KEY", "g"},
             {"OPENAI_API_KEY", "o"},
             {"OPENAI_BASE_URL", "https://proxy.example/v1"},
             {"OLLAMA_HOST", "0.0.0.0:11434"}};
  auto presets = PresetsFromEnv(env);
  ASSERT_EQ(presets.size(), 3u);
  EXPECT_EQ(presets[0].identity.base_url, kGroqBaseUrl);
  EXPECT_EQ(presets[0].identity.model, kGroqDefaultModel);
  EXPECT_EQ(presets[1].identity.base_url, "https://proxy.example/v1");
  EXPECT_EQ(presets[1].api_key.Reveal(), "o");
  EXPECT_EQ(presets[2].identity.base_url, "http://127.0.0.1:11434/v1");
  EXPECT_TRUE(presets[2].api_key.empty());
  EXPECT_TRUE(PresetsFromEnv({}).empty());
}

TEST(ProviderConfig, FlagsBeatEnvironmentBeatConfigBeatPresets) {
  Env env = {{"GROQ_API_KEY", "g"},
             {"REPOPOST_LLM", "http://env:1/v1#model=e1, http://env:2/v1#model=e2"}};
  std::string toml = "[llm]\nproviders = [\"http://file:1/v1#model=f\"]\n";
  auto from_flags = ResolveLlmConfig({"http://flag:1/v1#model=x"}, false, env, toml);
  ASSERT_TRUE(from_flags.has_value());
  ASSERT_EQ(from_flags->providers.size(), 1u);
  EXPECT_EQ(from_flags->providers[0].identity.name, "flag:1");
  auto from_env = ResolveLlmConfig({}, false, env, toml);
  ASSERT_EQ(from_env->providers.size(), 2u);
  EXPECT_EQ(from_env->source, "REPOPOST_LLM");
  env.erase("REPOPOST_LLM");
  auto from_file = ResolveLlmConfig({}, false, env, toml);
  EXPECT_EQ(from_file->providers[0].identity.name, "file:1");
  auto from_presets = ResolveLlmConfig({}, false, env, "");
  EXPECT_EQ(from_presets->providers[0].identity.name, "groq");
  auto offline = ResolveLlmConfig({"http://flag:1/v1#model=x"}, true, env, toml);
  EXPECT_TRUE(offline->providers.empty());
  EXPECT_TRUE(offline->offline);
}

TEST(ProviderConfig, ReadsTheLlmTomlSection) {
  std::string toml = R"(
[other]
ignored = 1
[llm]
timeout_ms = 20000
health_ttl_ms = 1000
[llm.retry]
max_attempts = 5
retry_after_cap_ms = 3000
jitter_fraction = 0.5
[llm.breaker]
failure_threshold = 2
cooldown_ms = 750
[[llm.provider]]
url = "http://127.0.0.1:9/v1"
model = "m"
name = "local"
connect_timeout_ms = 100
)";
  auto config = ParseLlmSection(toml, {});
  ASSERT_TRUE(config.has_value()) << config.error().message;
  EXPECT_EQ(config->router.retry.max_attempts, 5);
  EXPECT_EQ(config->router.retry.retry_after_cap, milliseconds(3000));
  EXPECT_EQ(config->router.breaker.failure_threshold, 2);
  EXPECT_EQ(config->router.breaker.cooldown, milliseconds(750));
  EXPECT_EQ(config->router.health_ttl, milliseconds(1000));
  ASSERT_EQ(config->providers.size(), 1u);
  EXPECT_EQ(config->providers[0].identity.name, "local");
  EXPECT_EQ(config->providers[0].connect_timeout, milliseconds(100));
  EXPECT_EQ(config->providers[0].total_timeout, milliseconds(20000));
}

TEST(ProviderConfig, TomlErrorsNameTheKey) {
  struct Case {
    const char* toml;
    const char* key;
  };
  const Case cases[] = {
      {"[llm]\ntimeout_ms = \"fast\"\n", "llm.timeout_ms"},
      {"[llm.retry]\nmax_attempts = 0\n", "llm.retry.max_attempts"},
      {"[llm]\ncolour = 1\n", "llm.colour"},
      {"[llm]\nproviders = [1]\n", "llm.providers"},
      {"[[llm.provider]]\nmodel = \"m\"\n", "llm.provider[0].url"},
      {"[llm\n", "TOML"},
  };
  for (const Case& c : cases) {
    auto config = ParseLlmSection(c.toml, {});
    ASSERT_FALSE(config.has_value()) << c.toml;
    EXPECT_NE(config.error().message.find(c.key), std::string::npos) << config.error().message;
  }
}

}  // namespace
}  // namespace repopost::llm
