// End to end: the real `repopost` binary against the real `fake_llm_server` executable on
// 127.0.0.1 and a fixture repository: --llm wiring, the JSON attempts, `repopost health`, and the
// exit codes. Both binaries' paths come from compile definitions ($<TARGET_FILE:...>).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "fixture_repo/fixture_repo.h"
#include "integration/llm_writer/llm_writer_support_json.h"

namespace repopost::testing {
namespace {

// A fake_llm_server process with a script; stopped (SIGTERM) in the destructor.
class FakeServerProcess {
 public:
  explicit FakeServerProcess(const std::string& script_json) {
    script_ =
        std::filesystem::temp_directory_path() / ("llmwriter-script-" + std::to_string(getpid()) +
                                                  "-" + std::to_string(counter_++) + ".json");
    std::ofstream(script_) << script_json;
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(fds[1], STDOUT_FILENO);
      close(fds[0]);
      execl(FAKE_LLM_SERVER_BIN, FAKE_LLM_SERVER_BIN, "--port", "0", "--script", script_.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    close(fds[1]);
    FILE* out = fdopen(fds[0], "r");
    char line[256] = {0};
    if (fgets(line, sizeof line, out) != nullptr) {
      std::string text(line);
      const std::size_t at = text.find("http://");
      if (at != std::string::npos)
        base_url_ = text.substr(at, text.find_last_not_of("\r\n") + 1 - at);
    }
    out_ = out;
  }
  ~FakeServerProcess() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      waitpid(pid_, nullptr, 0);
    }
    if (out_ != nullptr) fclose(out_);
    std::filesystem::remove(script_);
  }
  const std::string& base_url() const { return base_url_; }

 private:
  static inline int counter_ = 0;
  std::filesystem::path script_;
  pid_t pid_ = -1;
  FILE* out_ = nullptr;
  std::string base_url_;
};

struct RunResult {
  int exit_code = -1;
  std::string out;
};

// Runs repopost with a clean environment (no provider keys from the machine running the tests).
RunResult RunRepopost(const std::string& args) {
  const std::filesystem::path home = std::filesystem::temp_directory_path() / "llmwriter-home";
  std::filesystem::create_directories(home);
  const std::string command = "env -i HOME=" + home.string() + " XDG_CONFIG_HOME=" + home.string() +
                              "/config " + REPOPOST_BIN + " " + args + " 2>/dev/null";
  RunResult result;
  FILE* pipe = popen(command.c_str(), "r");
  char buffer[4096];
  std::size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string Script(const nlohmann::json& replies, const nlohmann::json& fallback) {
  return nlohmann::json{{"replies", replies}, {"default", fallback}}.dump();
}

TEST(CliLlm, GenerateWithLlmFlagWritesAnLlmPostAndRecordsTheAttempt) {
  FixtureRepo repo = MakeCliToolRepo();
  FakeServerProcess server(
      Script(nlohmann::json::array(), {{"kind", "answer"}, {"content", GoodAnswerJson()}}));
  ASSERT_FALSE(server.base_url().empty());
  RunResult run =
      RunRepopost("generate " + repo.path().string() + " --no-store --format json --llm '" +
                  server.base_url() + "#model=fake'");
  ASSERT_EQ(run.exit_code, 0) << run.out;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["writer"], "llm");
  EXPECT_EQ(json["prompt_version"], "writer-v3");
  ASSERT_EQ(json["attempts"].size(), 1u);
  EXPECT_EQ(json["attempts"][0]["gen_ai.request.model"], "fake");
  EXPECT_NE(json["post"].get<std::string>().find("tidyjson"), std::string::npos);
}

TEST(CliLlm, DeadProviderFallsBackToTheTemplateWriterWithExitZero) {
  FixtureRepo repo = MakeCliToolRepo();
  FakeServerProcess server(Script(nlohmann::json::array(), {{"kind", "status"}, {"status", 503}}));
  RunResult run =
      RunRepopost("generate " + repo.path().string() + " --no-store --format json --llm '" +
                  server.base_url() + "#model=fake'");
  ASSERT_EQ(run.exit_code, 0) << run.out;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["writer"], "template");
  EXPECT_GE(json["attempts"].size(), 1u);
  EXPECT_FALSE(json["post"].get<std::string>().empty());
}

TEST(CliLlm, OfflineIgnoresTheProvider) {
  FixtureRepo repo = MakeCliToolRepo();
  RunResult run = RunRepopost("generate " + repo.path().string() +
                              " --no-store --format json --offline --llm http://127.0.0.1:9/v1");
  ASSERT_EQ(run.exit_code, 0) << run.out;
  const nlohmann::json json = nlohmann::json::parse(run.out);
  EXPECT_EQ(json["writer"], "template");
  EXPECT_TRUE(json["attempts"].empty());
}

TEST(CliLlm, BadProviderSpecIsAUsageError) {
  RunResult run = RunRepopost("generate . --no-store --llm 'not a url'");
  EXPECT_EQ(run.exit_code, 1) << run.out;
}

TEST(CliLlm, HealthReportsProvidersActiveTierAndDegradedStatus) {
  FakeServerProcess up(Script(nlohmann::json::array(), {{"kind", "answer"}}));
  RunResult healthy = RunRepopost("health --format json --llm '" + up.base_url() + "#model=fake'");
  ASSERT_EQ(healthy.exit_code, 0) << healthy.out;
  nlohmann::json json = nlohmann::json::parse(healthy.out);
  EXPECT_EQ(json["status"], "healthy");
  EXPECT_EQ(json["degraded"], false);
  ASSERT_EQ(json["providers"].size(), 1u);

  // First provider refuses connections: degraded, the second is active, still exit 0.
  RunResult degraded =
      RunRepopost("health --format json --llm http://127.0.0.1:9/v1#model=x --llm '" +
                  up.base_url() + "#model=fake'");
  ASSERT_EQ(degraded.exit_code, 0) << degraded.out;
  json = nlohmann::json::parse(degraded.out);
  EXPECT_EQ(json["degraded"], true);
  EXPECT_EQ(json["providers"].size(), 2u);

  RunResult text = RunRepopost("health --llm '" + up.base_url() + "#model=fake'");
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("active tier:"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("template writer"), std::string::npos);
}

}  // namespace
}  // namespace repopost::testing
