#include "server/server.h"

#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include "app/app_context.h"
#include "server/api_context.h"
#include "server/http_server.h"
#include "server/listen_address.h"
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

struct Server::Parts {
  ServerOptions options;
  core::SystemClock clock;
  app::AppContext* app = nullptr;
  std::shared_ptr<app::LlmTiers> llm;
  std::unique_ptr<ApiKeyAuth> auth;
  std::unique_ptr<RateLimiter> per_key;
  std::unique_ptr<RateLimiter> per_address;
  std::unique_ptr<SourceGuard> guard;
  std::unique_ptr<WorkerPool> pool;
  std::unique_ptr<GenerationRunner> generations;
  std::unique_ptr<BatchRunner> batches;
  RequestMetrics metrics;
  std::unique_ptr<WebAssets> web;
  std::unique_ptr<ApiContext> context;
  std::unique_ptr<Router> router;
  std::unique_ptr<HttpServer> http;
};

Server::Server(std::unique_ptr<Parts> parts) : parts_(std::move(parts)) {}

Server::~Server() {
  if (parts_) {
    parts_->http->Stop();
    parts_->batches->Stop();
    parts_->pool->Shutdown();
    parts_->app->SetGenerationObserver({});
  }
}

core::Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options,
                                                     ServerServices services) {
  if (options.port < 0 || options.port > 65535) {
    return core::Fail(core::ErrorCode::kUsage,
                      "--port must be between 1 and 65535 (0 = any free port).");
  }
  // Loopback is decided on the address the server will bind, and that address is bound.
  auto address = ResolveListenAddress(options.host);
  if (!address) return tl::unexpected(address.error());
  auto p = std::make_unique<Parts>();
  p->options = options;
  p->options.host = address->numeric;
  p->app = &services.context;
  p->llm = std::move(services.llm);
  const bool keys_required = options.require_api_keys || !address->is_loopback;
  p->auth = std::make_unique<ApiKeyAuth>(keys_required, options.api_keys,
                                         StoredKeys(services.context.store().api_keys()));
  p->per_key = std::make_unique<RateLimiter>(options.per_key_limit, p->clock);
  p->per_address = std::make_unique<RateLimiter>(options.per_address_limit, p->clock);
  p->guard = std::make_unique<SourceGuard>(options.allowed_roots);
  if (p->guard->Roots().size() != options.allowed_roots.size()) {
    return core::Fail(core::ErrorCode::kInput, "An allowed root does not exist or is unreadable.");
  }
  p->pool = std::make_unique<WorkerPool>(options.worker_threads, options.max_queued_jobs);
  app::AppContext& context = services.context;
  GenerationRunner::Generator generator = std::move(services.generator);
  if (!generator) {
    generator = [&context](const app::GenerateRequest& request) {
      return context.generation().Generate(request);
    };
  }
  GenerationRunner::Storer storer =
      [&context](const app::GenerateRequest& request, app::GenerationResult result,
                 const app::Actor& actor) -> core::Result<app::PostRecord> {
    auto stored = context.Store(request, std::move(result), actor);
    if (!stored) return tl::unexpected(stored.error());
    return std::move(stored->record);
  };
  p->generations = std::make_unique<GenerationRunner>(
      std::move(generator), std::move(storer), p->llm ? p->llm->router() : nullptr, *p->pool,
      *p->guard, GenerationRunner::Limits{options.max_text_bytes, options.request_timeout});
  p->batches = std::make_unique<BatchRunner>(context, *p->generations, options.batch_workers,
                                             options.max_batch_items, options.batch_lease);
  p->web = std::make_unique<WebAssets>(options.web_root);
  RequestMetrics* metrics = &p->metrics;
  context.SetGenerationObserver(
      [metrics](const telemetry::GenerationRecord& record) { metrics->RecordGeneration(record); });

  HealthReport base;
  base.active_tier = "template";
  base.worker_threads = p->pool->Threads();
  base.api_keys_required = keys_required;
  base.version = "0.1.0";
  auto health = [base, llm = p->llm]() {
    HealthReport report = base;
    report.offline = !llm || !llm->router();
    if (!llm) return report;
    const auto summary = llm->Health(/*refresh=*/false);
    for (const auto& provider : summary.providers)
      report.providers.push_back(provider.identity.name);
    report.active_tier = summary.active_tier;
    if (summary.degraded) report.status = "degraded";
    report.llm = app::HealthReportJson(summary, llm->config());
    // /v1/health is public: name providers and their state, not where they live.
    for (auto& provider : report.llm["providers"]) provider.erase("base_url");
    return report;
  };
  // Checks run on the worker pool, never on the connection thread, within a size cap and a
  // deadline (a huge post answers 413, a slow one 504).
  Checker check = [&context, pool = p->pool.get(), max_bytes = options.max_text_bytes,
                   timeout = options.check_timeout](
                      const app::SourceRequest& source,
                      std::string_view post) -> core::Result<safety::SafetyReport> {
    if (post.size() > max_bytes) {
      return core::Fail(core::ErrorCode::kTooLarge, "The post to check is larger than " +
                                                        std::to_string(max_bytes) + " bytes.");
    }
    return pool->Call<safety::SafetyReport>(
        [&context, source, text = std::string(post)]() -> core::Result<safety::SafetyReport> {
          return context.generation().Check(source, text);
        },
        timeout);
  };
  p->context = std::make_unique<ApiContext>(ApiContext{context, context.posts(), *p->generations,
                                                       *p->batches, p->metrics, *p->web,
                                                       std::move(health), std::move(check)});
  p->router = std::make_unique<Router>(*p->context, *p->auth, *p->per_key, *p->per_address,
                                       options.cors_origin);
  const HttpServerLimits limits{.max_body_bytes = options.max_body_bytes,
                                .header_timeout = options.header_timeout,
                                .body_timeout = options.body_timeout,
                                .read_timeout = options.read_timeout,
                                .write_timeout = options.write_timeout,
                                .keep_alive_timeout = options.keep_alive_timeout,
                                .max_connections = options.max_connections,
                                .max_connections_per_address = options.max_connections_per_address};
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
  parts_->batches->Stop();   // batch workers finish their current item
  parts_->pool->Shutdown();  // accepted generations run to completion
  return status;
}

void Server::Stop() { parts_->http->Stop(); }

const std::string& Server::host() const { return parts_->options.host; }

core::Status RunServer(const ServerOptions& options) {
  // Block the stop signals in every thread started from here on; one thread waits for them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  // The same composition as the CLI: the data directory's SQLite file unless --db says otherwise,
  // GitHub settings from the environment, the snapshot cache shared by every request, the
  // generation log, and the LLM tiers of --llm/--config/REPOPOST_LLM.
  app::AppSettings settings{.db_url = options.db_url};
  settings.config.allowed_roots = options.allowed_roots;
  auto context = app::AppContext::Open(std::move(settings));
  if (!context) return tl::unexpected(context.error());
  auto tiers = app::LlmTiers::Open(options.llm, app::ProcessEnv());
  if (!tiers) return tl::unexpected(tiers.error());
  auto server = Server::Create(options, {**context, *tiers, {}});
  if (!server) return tl::unexpected(server.error());
  auto port = (*server)->Bind();
  if (!port) return tl::unexpected(port.error());
  const std::string& bound = (*server)->host();
  const bool is_v6 = bound.find(':') != std::string::npos;
  std::fprintf(stderr, "repopost: serving on http://%s%s%s:%d\n", is_v6 ? "[" : "", bound.c_str(),
               is_v6 ? "]" : "", *port);

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
