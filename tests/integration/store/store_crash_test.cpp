// Crash safety: a process killed with SIGKILL in the middle of writing refinements loses no
// committed version and leaves no half-written one (a version without its full report).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "store/store.h"

namespace repopost::store {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> ReadLines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(StoreCrash, KilledRefinementLosesNothingCommittedAndShowsNothingHalfWritten) {
  std::string pattern = (fs::temp_directory_path() / "repopost-crash-XXXXXX").string();
  ASSERT_NE(mkdtemp(pattern.data()), nullptr);
  std::string url = "sqlite:" + pattern + "/crash.db";
  std::string log = pattern + "/committed.log";
  // Kill after a growing number of commits, so the kill lands at different points of a
  // transaction; each run appends a new generation to the same database.
  for (std::size_t target : {3u, 11u, 29u}) {
    fs::remove(log);
    pid_t pid = fork();
    if (pid == 0) {
      execl(STORE_CRASH_WRITER, STORE_CRASH_WRITER, url.c_str(), log.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    ASSERT_GT(pid, 0);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (ReadLines(log).size() < target && std::chrono::steady_clock::now() < deadline) {
      ASSERT_EQ(waitpid(pid, nullptr, WNOHANG), 0) << "the writer exited early";
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ASSERT_EQ(kill(pid, SIGKILL), 0);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));

    std::vector<std::string> committed = ReadLines(log);
    ASSERT_GE(committed.size(), target);
    auto store = OpenStore(url);
    ASSERT_TRUE(store) << store.error().message;
    auto first = (*store)->generations().GetVersion(committed.front());
    ASSERT_TRUE(first) << first.error().message;
    auto versions = (*store)->generations().ListVersions(first->generation_id);
    ASSERT_TRUE(versions) << versions.error().message;
    std::set<std::string> stored;
    for (const PostVersion& v : *versions) {
      stored.insert(v.id);
      if (v.reason != VersionReason::kRefine) continue;
      ASSERT_TRUE(v.safety.has_value()) << "version " << v.id << " has no report";
      EXPECT_EQ(v.safety->claims.size(), 300u) << "version " << v.id << " is half-written";
    }
    for (const auto& id : committed) EXPECT_EQ(stored.count(id), 1u) << "lost " << id;
    // At most the one transaction that committed before the log line was written may be extra.
    EXPECT_LE(stored.size(), committed.size() + 2);
  }
  fs::remove_all(pattern);
}

}  // namespace
}  // namespace repopost::store
