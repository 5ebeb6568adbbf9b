#include "pg_cluster/pg_cluster.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace repopost::testing {
namespace {

namespace fs = std::filesystem;
using core::ErrorCode;
constexpr const char* kUser = "repopost-test";

// Runs argv as uid/gid (when root) with output to `log`; returns the exit status.
int RunAs(const std::vector<std::string>& argv, unsigned uid, unsigned gid,
          const std::string& log) {
  pid_t pid = fork();
  if (pid == 0) {
    if (geteuid() == 0) {
      if (setgroups(0, nullptr) != 0 || setgid(gid) != 0 || setuid(uid) != 0) _exit(126);
    }
    int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);  // owned by the server user
    if (fd >= 0) {
      dup2(fd, 1);
      dup2(fd, 2);
      close(fd);
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  if (pid < 0 || waitpid(pid, &status, 0) < 0) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

std::string Tail(const std::string& path) {
  std::ifstream in(path);
  std::stringstream all;
  all << in.rdbuf();
  std::string text = all.str();
  if (text.size() > 600) text = "…" + text.substr(text.size() - 600);
  return text;
}

// The unprivileged account the server runs as when we are root.
core::Status ResolveUser(unsigned& uid, unsigned& gid) {
  if (geteuid() != 0) {
    uid = geteuid();
    gid = getegid();
    return core::Ok();
  }
  if (getpwnam(kUser) == nullptr) {
    std::string command =
        std::string("useradd --system --no-create-home --shell /usr/sbin/nologin ") + kUser +
        " >/dev/null 2>&1";
    (void)std::system(command.c_str());  // a concurrent test may have created it: check again
  }
  const passwd* user = getpwnam(kUser);
  if (user == nullptr) {
    return core::Fail(ErrorCode::kStore, std::string("cannot create the system user ") + kUser +
                                             " that the test PostgreSQL server runs as");
  }
  uid = user->pw_uid;
  gid = user->pw_gid;
  return core::Ok();
}

int FreeLoopbackPort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof(addr);
  int port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
    port = ntohs(addr.sin_port);
  }
  close(fd);
  return port;
}

// initdb once into a template directory shared by every cluster of this user and version;
// concurrent test processes serialise on a lock file.
core::Result<std::string> EnsureTemplate(const std::string& bin, unsigned uid, unsigned gid) {
  std::string version = fs::path(bin).parent_path().filename().string();
  std::string base =
      (fs::temp_directory_path() / ("repopost-pg-template-" + version + "-" + std::to_string(uid)))
          .string();
  std::string lock_path = base + ".lock";
  int lock = open(lock_path.c_str(), O_RDWR | O_CREAT, 0600);
  if (lock < 0 || flock(lock, LOCK_EX) != 0) {
    return core::Fail(ErrorCode::kStore, "cannot lock " + lock_path);
  }
  std::string data = base + "/data";
  core::Result<std::string> out = data;
  if (!fs::exists(base + "/ready")) {
    std::error_code ec;
    fs::remove_all(base, ec);
    fs::create_directories(base, ec);
    if (chown(base.c_str(), uid, gid) != 0)
      out = core::Fail(ErrorCode::kStore, "cannot chown " + base);
    std::string log = base + "/initdb.log";
    if (out && RunAs({bin + "/initdb", "-D", data, "-U", "repopost", "--auth=trust", "-E", "UTF8",
                      "--no-locale", "-N"},
                     uid, gid, log) != 0) {
      out = core::Fail(ErrorCode::kStore, "initdb failed: " + Tail(log));
    }
    if (out) std::ofstream(base + "/ready") << "ok\n";
  }
  flock(lock, LOCK_UN);
  close(lock);
  return out;
}

}  // namespace

core::Result<std::string> FindPostgresBinaries() {
  std::vector<std::string> candidates;
  if (const char* env = std::getenv("REPOPOST_PG_BIN")) candidates.push_back(env);
  std::error_code ec;
  std::vector<std::string> versions;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    versions.push_back(entry.path().string() + "/bin");
  }
  std::sort(versions.rbegin(), versions.rend());
  candidates.insert(candidates.end(), versions.begin(), versions.end());
  for (const auto& dir : candidates) {
    if (access((dir + "/initdb").c_str(), X_OK) == 0 &&
        access((dir + "/pg_ctl").c_str(), X_OK) == 0) {
      return dir;
    }
  }
  return core::Fail(ErrorCode::kStore,
                    "the PostgreSQL server binaries (initdb, pg_ctl) were not found in "
                    "$REPOPOST_PG_BIN or /usr/lib/postgresql/*/bin; install the postgresql package "
                    "(scripts/install-deps.sh)");
}

core::Result<std::unique_ptr<PgCluster>> PgCluster::Start(const PgClusterOptions& options) {
  auto bin = FindPostgresBinaries();
  if (!bin) return tl::unexpected(bin.error());
  std::unique_ptr<PgCluster> cluster(new PgCluster());
  cluster->bin_dir_ = *bin;
  if (auto s = ResolveUser(cluster->uid_, cluster->gid_); !s) return tl::unexpected(s.error());
  auto templ = EnsureTemplate(*bin, cluster->uid_, cluster->gid_);
  if (!templ) return tl::unexpected(templ.error());
  std::string pattern = (fs::temp_directory_path() / "repopost-pg-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return core::Fail(ErrorCode::kStore, "cannot create a temp dir for PostgreSQL");
  }
  cluster->dir_ = pattern;
  if (chown(pattern.c_str(), cluster->uid_, cluster->gid_) != 0) {
    return core::Fail(ErrorCode::kStore, "cannot hand " + pattern + " to the server user");
  }
  std::string data = cluster->dir_ + "/data", log = cluster->dir_ + "/ctl.log";
  std::string server_log = cluster->dir_ + "/server.log";
  if (RunAs({"/bin/cp", "-a", *templ, data}, cluster->uid_, cluster->gid_, log) != 0) {
    return core::Fail(ErrorCode::kStore, "cannot copy the PostgreSQL template: " + Tail(log));
  }
  std::string settings =
      "-c listen_addresses=127.0.0.1 -c unix_socket_directories=" + cluster->dir_ +
      " -c max_connections=40";
  if (options.durability == PgDurability::kNone) {
    settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
  } else if (options.durability == PgDurability::kAsyncCommit) {
    settings += " -c synchronous_commit=off";
  }
  for (int attempt = 0; attempt < 5 && !cluster->started_; ++attempt) {
    cluster->port_ = FreeLoopbackPort();
    std::string port_option = settings + " -p " + std::to_string(cluster->port_);
    cluster->started_ = RunAs({*bin + "/pg_ctl", "-D", data, "-l", server_log, "-w", "-t", "60",
                               "-o", port_option, "start"},
                              cluster->uid_, cluster->gid_, log) == 0;
  }
  if (!cluster->started_) {
    return core::Fail(ErrorCode::kStore,
                      "the test PostgreSQL server did not start: " + Tail(log) + Tail(server_log));
  }
  return cluster;
}

PgCluster::~PgCluster() {
  if (started_) {
    RunAs({bin_dir_ + "/pg_ctl", "-D", dir_ + "/data", "-m", "immediate", "-w", "stop"}, uid_, gid_,
          dir_ + "/ctl.log");
  }
  if (!dir_.empty()) {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
}

std::string PgCluster::Url(const std::string& database) const {
  return "postgresql://repopost@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

core::Result<std::string> PgCluster::CreateDatabase(const std::string& name) {
  std::string log = dir_ + "/createdb.log";
  int rc = RunAs({bin_dir_ + "/createdb", "-h", "127.0.0.1", "-p", std::to_string(port_), "-U",
                  "repopost", name},
                 uid_, gid_, log);
  if (rc != 0) return core::Fail(ErrorCode::kStore, "createdb " + name + " failed: " + Tail(log));
  return Url(name);
}

}  // namespace repopost::testing
