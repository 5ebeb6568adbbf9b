// Server: `repopost serve`. Composes the HTTP adapter, the router over the route table, the
// worker pool, auth, rate limits and the app services over one Store.
//
//   server::ServerOptions options;           // 127.0.0.1:8080, SQLite default
//   options.allowed_roots = {"/srv/repos"};
//   core::Status status = server::RunServer(options);   // returns after SIGTERM/SIGINT
//
// Shutdown (SIGTERM, SIGINT or Stop()): stop accepting, let every in-flight request finish, run
// every accepted job to completion, then return. A post is stored whole or not at all.
#pragma once

#include <memory>

#include "app/generation_service.h"
#include "core/result.h"
#include "server/generation_runner.h"
#include "server/server_options.h"
#include "store/store.h"

namespace repopost::server {

class Server {
 public:
  // REQUIRES: `store` outlives the Server. `generator` is called on worker threads.
  static core::Result<std::unique_ptr<Server>> Create(const ServerOptions& options,
                                                      store::Store& store,
                                                      GenerationRunner::Generator generator);
  ~Server();

  // Binds the listening socket; returns the port (options.port, or the chosen one for 0).
  core::Result<int> Bind();
  // Serves until Stop(); then drains the worker pool. Call once.
  core::Status Run();
  // Thread-safe; not async-signal-safe (RunServer turns signals into a Stop call).
  void Stop();

 private:
  struct Parts;
  explicit Server(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
};

// Opens the store named by options.db_url, builds the GenerationService and serves until
// SIGTERM or SIGINT. Errors: kInput when the port cannot be bound, kStore when the database
// cannot be opened.
core::Status RunServer(const ServerOptions& options);

}  // namespace repopost::server
