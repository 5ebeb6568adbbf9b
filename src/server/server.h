// Server: `repopost serve`. Composes the HTTP adapter, the router over the route table, the
// worker pool, auth and rate limits over the same app services the CLI uses (app::AppContext:
// one store, the generation log, refinements checked like first versions) and the LLM tiers.
//
//   server::ServerOptions options;           // 127.0.0.1:8080, SQLite default
//   options.allowed_roots = {"/srv/repos"};
//   core::Status status = server::RunServer(options);   // returns after SIGTERM/SIGINT
//
// Shutdown (SIGTERM, SIGINT or Stop()): stop accepting, let every in-flight request finish, run
// every accepted job to completion, then return. A post is stored whole or not at all.
#pragma once

#include <memory>

#include "app/app_context.h"
#include "app/generation_service.h"
#include "app/llm_tiers.h"
#include "core/result.h"
#include "server/generation_runner.h"
#include "server/server_options.h"
#include "store/store.h"

namespace repopost::server {

// What a server runs on. REQUIRES: `context` outlives the Server.
struct ServerServices {
  app::AppContext& context;
  std::shared_ptr<app::LlmTiers> llm;  // null: the template writer only
  // The pipeline, called on worker threads; empty = context.generation().Generate. Tests wrap it
  // to hold a generation in flight.
  GenerationRunner::Generator generator;
};

class Server {
 public:
  // Registers the server's live metrics as `services.context`'s generation observer.
  static core::Result<std::unique_ptr<Server>> Create(const ServerOptions& options,
                                                      ServerServices services);
  ~Server();

  // Binds the listening socket; returns the port (options.port, or the chosen one for 0).
  core::Result<int> Bind();
  // Serves until Stop(); then drains the worker pool. Call once.
  core::Status Run();
  // Thread-safe; not async-signal-safe (RunServer turns signals into a Stop call).
  void Stop();
  // The numeric address the server binds ("127.0.0.1" for --host localhost).
  const std::string& host() const;

 private:
  struct Parts;
  explicit Server(std::unique_ptr<Parts> parts);
  std::unique_ptr<Parts> parts_;
};

// Opens the AppContext (the store named by options.db_url) and the LLM tiers of options.llm and
// serves until SIGTERM or SIGINT. Errors: kInput when the port cannot be bound, kStore when the
// database cannot be opened, kUsage for a bad LLM provider spec.
core::Status RunServer(const ServerOptions& options);

}  // namespace repopost::server
