// PgCluster: a throw-away PostgreSQL cluster for tests and benchmarks.
//
//   auto cluster = testing::PgCluster::Start();
//   ASSERT_TRUE(cluster) << cluster.error().message;   // missing binaries FAIL, never skip
//   auto url = (*cluster)->CreateDatabase("t1");       // "postgresql://repopost@127.0.0.1:P/t1"
//
// Start() runs initdb (once per machine and PostgreSQL version, into a cached template that each
// cluster copies) and pg_ctl on a free 127.0.0.1 port, with the data directory and the unix
// socket in a fresh temp dir. PostgreSQL refuses to run as root, so when the process is root the
// server runs as the system user `repopost-test` (created with useradd when missing). The
// destructor stops the server (immediate mode) and removes the temp dir.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"

namespace repopost::testing {

// How much durability the throw-away server keeps (tests need none; benchmarks pick).
enum class PgDurability {
  kNone,         // fsync=off: fastest, for tests only
  kAsyncCommit,  // synchronous_commit=off: crash-safe, may lose the last commits on an OS crash
  kFull,         // the server's defaults: every commit is flushed to disk
};

struct PgClusterOptions {
  PgDurability durability = PgDurability::kNone;
};

class PgCluster {
 public:
  // kStore with one sentence when the binaries are missing or the server does not start.
  static core::Result<std::unique_ptr<PgCluster>> Start(const PgClusterOptions& options = {});
  ~PgCluster();
  PgCluster(const PgCluster&) = delete;
  PgCluster& operator=(const PgCluster&) = delete;

  int port() const { return port_; }
  // The libpq URI of `database` on this cluster (superuser "repopost", trust auth).
  std::string Url(const std::string& database) const;
  // Creates an empty database and returns its URI.
  core::Result<std::string> CreateDatabase(const std::string& name);

 private:
  PgCluster() = default;
  std::string bin_dir_;
  std::string dir_;
  int port_ = 0;
  unsigned uid_ = 0, gid_ = 0;
  bool started_ = false;
};

// The directory holding initdb and pg_ctl: $REPOPOST_PG_BIN, else the newest
// /usr/lib/postgresql/N/bin. kStore naming what to install when none exists.
core::Result<std::string> FindPostgresBinaries();

}  // namespace repopost::testing
