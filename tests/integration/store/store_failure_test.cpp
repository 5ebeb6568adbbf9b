// A bad URL, an unreachable server, a full disk and a read-only database each give one clear
// error with the right code, never a crash or a silent success.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <functional>

#include "store/store.h"
#include "store_backend.h"

namespace repopost::store::testing {
namespace {

namespace fs = std::filesystem;
using core::ErrorCode;

std::string TempDir() {
  std::string pattern = (fs::temp_directory_path() / "repopost-fail-XXXXXX").string();
  EXPECT_NE(mkdtemp(pattern.data()), nullptr);
  return pattern;
}

// Runs `body` in a child process that, when we are root, first drops to the `nobody` account
// (root ignores file permissions); returns what the body returned.
std::string RunUnprivileged(const std::function<std::string()>& body) {
  int fds[2];
  if (pipe(fds) != 0) return "pipe failed";
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    std::string out;
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
      out = "cannot drop privileges";
    } else {
      out = body();
    }
    (void)!write(fds[1], out.data(), out.size());
    _exit(0);
  }
  close(fds[1]);
  std::string out;
  char buffer[512];
  ssize_t n;
  while ((n = read(fds[0], buffer, sizeof(buffer))) > 0) out.append(buffer, n);
  close(fds[0]);
  waitpid(pid, nullptr, 0);
  return out;
}

std::string OpenAndWrite(const std::string& url) {
  auto store = OpenStore(url);
  if (!store) return std::string(core::ToString(store.error().code)) + ": " + store.error().message;
  auto written = (*store)->audit().AppendAudit({"", "cli", "generate", "g_1", "cli", {}});
  if (!written) {
    return std::string(core::ToString(written.error().code)) + ": " + written.error().message;
  }
  return "ok";
}

TEST(StoreFailure, MalformedUrlsAreUsageErrors) {
  for (const char* url : {"", "mysql://db/x", "sqlite:", "/tmp/plain/path.db",
                          "sqlite:/tmp/x.db?max_pages=zero", "sqlite:/tmp/x.db?cache=big"}) {
    auto store = OpenStore(url);
    ASSERT_FALSE(store) << url;
    EXPECT_EQ(store.error().code, ErrorCode::kUsage) << url;
    EXPECT_EQ(store.error().message.find('\n'), std::string::npos) << url;
  }
}

TEST(StoreFailure, UnreachablePostgresIsAStoreErrorWithoutThePassword) {
  auto store = OpenStore("postgresql://repopost:hunter2@127.0.0.1:1/x?connect_timeout=3");
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::kStore);
  EXPECT_NE(store.error().message.find("cannot connect to PostgreSQL at 127.0.0.1:1"),
            std::string::npos)
      << store.error().message;
  EXPECT_EQ(store.error().message.find("hunter2"), std::string::npos);
}

TEST(StoreFailure, FullDiskIsAStoreErrorAndKeepsCommittedData) {
  std::string dir = TempDir();
  // 80 pages of 4 KiB: room for the schema and a few posts, as on a nearly full disk.
  auto store = OpenStore("sqlite:" + dir + "/full.db?max_pages=80");
  ASSERT_TRUE(store) << store.error().message;
  std::vector<std::string> committed;
  core::Error error;
  for (int i = 0; i < 1000; ++i) {
    Generation g{"",         "",   "growth", "balanced", "curiosity", "template",
                 "template", "v1", 1,        false,      {}};
    PostVersion v;
    v.text = std::string(3000, 'a' + i % 26);
    auto created = (*store)->generations().CreateGeneration(g, v);
    if (!created) {
      error = created.error();
      break;
    }
    committed.push_back(created->first_version.id);
  }
  ASSERT_FALSE(committed.empty());
  EXPECT_EQ(error.code, ErrorCode::kStore);
  EXPECT_NE(error.message.find("is full"), std::string::npos) << error.message;
  for (const auto& id : committed) EXPECT_TRUE((*store)->generations().GetVersion(id)) << id;
  auto history = (*store)->generations().ListHistory({1000, "", ""});
  ASSERT_TRUE(history);
  EXPECT_EQ(history->size(), committed.size());
  fs::remove_all(dir);
}

TEST(StoreFailure, ReadOnlyDatabaseFileIsAStoreError) {
  std::string dir = TempDir();
  std::string path = dir + "/ro.db";
  ASSERT_TRUE(OpenStore("sqlite:" + path));
  chmod(dir.c_str(), 0755);
  chmod(path.c_str(), 0444);
  std::string result = RunUnprivileged([&] { return OpenAndWrite("sqlite:" + path); });
  EXPECT_EQ(result.rfind("store: ", 0), 0u) << result;
  EXPECT_NE(result.find("read-only"), std::string::npos) << result;
  fs::remove_all(dir);
}

TEST(StoreFailure, ReadOnlyDirectoryIsAStoreError) {
  std::string dir = TempDir();
  chmod(dir.c_str(), 0555);
  std::string result = RunUnprivileged([&] { return OpenAndWrite("sqlite:" + dir + "/new.db"); });
  EXPECT_EQ(result.rfind("store: ", 0), 0u) << result;
  EXPECT_NE(result.find(dir + "/new.db"), std::string::npos) << result;
  fs::remove_all(dir);
}

}  // namespace
}  // namespace repopost::store::testing
