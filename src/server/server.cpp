#include "server/server.h"

#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include "app/app_context.h"
#include "server/api_context.h"
#include "server/http_server.h"
#include "server/problem.h"
#include "server/router.h"

namespace repopost::server {
namespace {

// Keys stored in the database carry scope names; the widest known one wins.
ApiKeyAuth::StoredLookup StoredKeys(store::ApiKeyStore& keys) {
  return [&keys](const std::string& hash) -> core::Result<std::optional<ApiKeyGrant>> {
    auto found = keys.FindApiKeyByHash(hash);
    if (!found) return tl::unexpected(found.error());
    if (!*found || (*found)->revoked_at) return std::optional<ApiKeyGrant>();
    ApiKeyGrant grant{(*found)->name.empty() ? (*found)->id : (*found)->name, core::Secret(),
                      Scope::kRead};
    for (const auto& name : (*found)->scopes) {
      if (auto scope = ParseScope(name); scope && *scope > grant.scope) grant.scope = *scope;
    }
    return std::optional<ApiKeyGrant>(grant);
  };
}

}  // namespace

bool IsLoopbackHost(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

struct Server::Parts {
  ServerOptions options;
  core::SystemClock clock;
  std::unique_ptr<ApiKeyAuth> auth;
  std::unique_ptr<RateLimiter> per_key;
  std::unique_ptr<RateLimiter> per_address;
  std::unique_ptr<SourceGuard> guard;
  std::unique_ptr<WorkerPool> pool;
  std::unique_ptr<app::PostService> posts;
  std::unique_ptr<GenerationRunner> generations;
  std::unique_ptr<BatchRunner> batches;
  RequestMetrics metrics;
  std::unique_ptr<WebAssets> web;
  std::unique_ptr<app::GenerationService> check_service;
  std::unique_ptr<ApiContext> context;
  std::unique_ptr<Router> router;
  std::unique_ptr<HttpServer> http;
};

Server::Server(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}

Server::~Server() {
  if (parts_) {
    parts_->http->Stop();
    parts_->pool->Shutdown();
  }
}

core::Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options,
                                                     store::Store& store,
                                                     GenerationRunner::Generator generator) {
  auto p = std::make_unique<Parts>();
  p->options = options;
  const bool keys_required = options.require_api_keys || !IsLoopbackHost(options.host);
  p->auth =
      std::make_unique<ApiKeyAuth>(keys_required, options.api_keys, StoredKeys(store.api_keys()));
  p->per_key = std::make_unique<RateLimiter>(options.per_key_limit, p->clock);
  p->per_address = std::make_unique<RateLimiter>(options.per_address_limit, p->clock);
  p->guard = std::make_unique<SourceGuard>(options.allowed_roots);
  if (p->guard->Roots().size() != options.allowed_roots.size()) {
    return core::Fail(core::ErrorCode::kInput, "An allowed root does not exist or is unreadable.");
  }
  p->pool = std::make_unique<WorkerPool>(options.worker_threads, options.max_queued_jobs);
  p->posts = std::make_unique<app::PostService>(
      app::PostStores{store.generations(), store.feedback(), store.audit(), store.attempts()});
  p->generations = std::make_unique<GenerationRunner>(
      std::move(generator), *p->posts, *p->pool, *p->guard,
      GenerationRunner::Limits{options.max_text_bytes, options.request_timeout});
  p->batches = std::make_unique<BatchRunner>(store.batches(), *p->generations, *p->pool,
                                             options.max_batch_items);
  p->web = std::make_unique<WebAssets>(options.web_root);
  HealthReport health;
  health.offline = options.offline;
  health.active_tier = "template";
  health.worker_threads = p->pool->Threads();
  health.api_keys_required = keys_required;
  health.version = "0.1.0";
  p->check_service =
      std::make_unique<app::GenerationService>(app::AppConfig{options.allowed_roots});
  Checker check = [service = p->check_service.get()](const app::SourceRequest& source,
                                                     std::string_view post) {
    return service->Check(source, post);
  };
  p->context = std::make_unique<ApiContext>(
      ApiContext{*p->posts, *p->generations, *p->batches, p->metrics, *p->web, health, check});
  p->router = std::make_unique<Router>(*p->context, *p->auth, *p->per_key, *p->per_address,
                                       options.cors_origin);
  HttpServerLimits limits{options.max_body_bytes, options.read_timeout, options.write_timeout,
                          std::chrono::seconds(5), options.http_threads};
  Router* router = p->router.get();
  p->http = std::make_unique<HttpServer>(
      limits, [router](HttpRequest& request) { return router->Dispatch(request); },
      [](int status, const std::string& detail) { return ProblemResponse(status, detail, ""); });
  return std::unique_ptr<Server>(new Server(std::move(p)));
}

core::Result<int> Server::Bind() {
  return parts_->http->Bind(parts_->options.host, parts_->options.port);
}

core::Status Server::Run() {
  auto status = parts_->http->Run();
  parts_->pool->Shutdown();  // accepted jobs (batch items) run to completion
  return status;
}

void Server::Stop() { parts_->http->Stop(); }

core::Status RunServer(const ServerOptions& options) {
  // Block the stop signals in every thread started from here on; one thread waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  // The same composition as the CLI: the data directory's SQLite file unless --db says otherwise,
  // GitHub settings from the environment, the snapshot cache shared by every request.
  app::AppSettings settings{.db_url = options.db_url};
  settings.config.allowed_roots = options.allowed_roots;
  auto context = app::AppContext::Open(std::move(settings));
  if (!context) return tl::unexpected(context.error());
  const app::GenerationService& service = (*context)->generation();
  auto server = Server::Create(
      options, (*context)->store(),
      [&service](const app::GenerateRequest& request) { return service.Generate(request); });
  if (!server) return tl::unexpected(server.error());
  auto port = (*server)->Bind();
  if (!port) return tl::unexpected(port.error());
  std::fprintf(stderr, "repopost: serving on http://%s:%d\n", options.host.c_str(), *port);

  std::atomic<bool> stopping{false};
  std::thread waiter([&] {
    int received = 0;
    sigwait(&signals, &received);
    if (!stopping.exchange(true)) (*server)->Stop();
  });
  auto status = (*server)->Run();
  if (!stopping.exchange(true)) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return status;
}

}  // namespace repopost::server
