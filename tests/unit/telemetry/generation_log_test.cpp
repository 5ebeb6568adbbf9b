// The generation log on real files: attribute names, daily rotation by the injected clock,
// redaction, whole lines under concurrent writers and SIGKILL, and reported failures.
#include "telemetry/generation_log.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

namespace repopost::telemetry {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class FixedClock final : public core::Clock {
 public:
  std::chrono::system_clock::time_point Now() const override { return now; }
  std::chrono::steady_clock::time_point Monotonic() const override { return {}; }
  std::chrono::system_clock::time_point now =
      std::chrono::system_clock::time_point(std::chrono::seconds(1772409540));  // 2026-03-01 23:59
};

class GenerationLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "repopost-log-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  static std::vector<json> ReadLines(const std::string& path) {
    std::ifstream in(path);
    std::vector<json> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));
    return lines;
  }

  std::string dir_;
  FixedClock clock_;
};

TEST_F(GenerationLogTest, WritesOneLinePerEventWithGenAiAttributes) {
  GenerationLog log(dir_, clock_);
  GenerationRecord g;
  g.generation_id = "g_1";
  g.provider = "groq";
  g.model = "llama";
  g.duration_seconds = 1.25;
  ASSERT_TRUE(log.Append(g));
  ASSERT_TRUE(log.Append(AttemptRecord{"g_1", "groq", "llama", "api.groq.com", false, "timeout",
                                       3.0, 0.4, 100, 0, "", ""}));
  ASSERT_TRUE(log.Append(
      EvaluationRecord{"g_1", "v_1", "quality", 72.0, "good", "hook fits before the fold"}));
  auto lines = ReadLines(dir_ + "/generations-2026-03-01.jsonl");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["event.name"], "repopost.generation");
  EXPECT_EQ(lines[0]["gen_ai.provider.name"], "groq");
  EXPECT_EQ(lines[0]["gen_ai.client.operation.duration"], 1.25);
  EXPECT_EQ(lines[0]["time"], "2026-03-01T23:59:00Z");
  EXPECT_EQ(lines[1]["event.name"], "gen_ai.client.inference.operation.details");
  EXPECT_EQ(lines[1]["error.type"], "timeout");
  EXPECT_EQ(lines[1]["gen_ai.usage.input_tokens"], 100);
  EXPECT_EQ(lines[1]["gen_ai.server.time_to_first_token"], 0.4);
  EXPECT_EQ(lines[2]["event.name"], "gen_ai.evaluation.result");
  EXPECT_EQ(lines[2]["gen_ai.evaluation.name"], "quality");
  EXPECT_EQ(lines[2]["gen_ai.evaluation.score.value"], 72.0);
  EXPECT_EQ(lines[2]["gen_ai.evaluation.score.label"], "good");
  EXPECT_EQ(lines[2]["gen_ai.evaluation.explanation"], "hook fits before the fold");
}

TEST_F(GenerationLogTest, RotatesAtUtcMidnight) {
  GenerationLog log(dir_, clock_);
  ASSERT_TRUE(log.Append(EvaluationRecord{"", "", "quality", 1.0, "", ""}));
  clock_.now += std::chrono::minutes(2);
  ASSERT_TRUE(log.Append(EvaluationRecord{"", "", "quality", 2.0, "", ""}));
  EXPECT_EQ(ReadLines(dir_ + "/generations-2026-03-01.jsonl").size(), 1u);
  EXPECT_EQ(ReadLines(dir_ + "/generations-2026-03-02.jsonl").size(), 1u);
}

TEST_F(GenerationLogTest, RedactsSecretsInEveryStringValue) {
  GenerationLog log(dir_, clock_);
  ASSERT_TRUE(log.Append(AttemptRecord{"g",
                                       "openai",
                                       "gpt",
                                       "",
                                       false,
                                       "auth",
                                       1.0,
                                       {},
                                       0,
                                       0,
                                       "",
                                       "401 for key sk-abcdefghijklmnopqrstu"}));
  std::ifstream in(dir_ + "/generations-2026-03-01.jsonl");
  std::string text((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(text.find("sk-abcdefghijklmnopqrstu"), std::string::npos);
  EXPECT_NE(text.find("401 for key [REDACTED]"), std::string::npos);
}

TEST_F(GenerationLogTest, ReportsAFailureInsteadOfSwallowingIt) {
  std::string file = dir_ + "/not-a-dir";
  std::ofstream(file) << "x";
  GenerationLog log(file + "/logs", clock_);
  auto status = log.Append(EvaluationRecord{"", "", "quality", 1.0, "", ""});
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, core::ErrorCode::kStore);
  EXPECT_NE(status.error().message.find("cannot write the generation log"), std::string::npos);
  EXPECT_EQ(log.failures(), 1);
}

TEST_F(GenerationLogTest, ConcurrentWritersAndAKilledWriterLeaveOnlyWholeLines) {
  constexpr int kProcesses = 3, kLines = 400;
  std::vector<pid_t> pids;
  for (int p = 0; p < kProcesses + 1; ++p) {
    pid_t pid = fork();
    if (pid == 0) {
      GenerationLog log(dir_, clock_);
      EvaluationRecord record{"g_" + std::to_string(p), "", "quality", 1.0, "",
                              std::string(3000, 'x')};  // long lines make tearing visible
      for (int i = 0; p == kProcesses || i < kLines; ++i) {
        if (!log.Append(record)) _exit(1);
      }
      _exit(0);
    }
    pids.push_back(pid);
  }
  for (int p = 0; p < kProcesses; ++p) {
    int status = 0;
    waitpid(pids[p], &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  }
  kill(pids.back(), SIGKILL);  // the endless writer dies mid-stream
  waitpid(pids.back(), nullptr, 0);
  std::ifstream in(dir_ + "/generations-2026-03-01.jsonl");
  std::string all((std::istreambuf_iterator<char>(in)), {});
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back(), '\n');
  std::vector<json> lines = ReadLines(dir_ + "/generations-2026-03-01.jsonl");  // throws if torn
  int finished = 0;
  for (const auto& line : lines) {
    if (line["repopost.generation.id"] != "g_" + std::to_string(kProcesses)) ++finished;
  }
  EXPECT_EQ(finished, kProcesses * kLines);
}

}  // namespace
}  // namespace repopost::telemetry
