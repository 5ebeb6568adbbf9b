// ServerOptions: everything `repopost serve` can set. Defaults are safe for a laptop: loopback
// only, no local paths, no CORS, bounded bodies, queues and time.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/llm_tiers.h"
#include "server/api_key_auth.h"
#include "server/rate_limiter.h"

namespace repopost::server {

struct ServerOptions {
  std::string host = "127.0.0.1";          // a name or address; resolved once (listen_address.h)
  int port = 8080;                         // 1..65535, or 0 = any free port (tests)
  std::optional<std::string> web_root;     // serve the UI from this folder instead of the binary
  std::string db_url;                      // "" = the default SQLite file
  std::vector<std::string> allowed_roots;  // local paths the API may read
  // Keys are always required when `host` is not loopback; this forces them on loopback too.
  bool require_api_keys = false;
  std::vector<ApiKeyGrant> api_keys;
  RateLimit per_key_limit{20.0, 40.0};
  RateLimit per_address_limit{50.0, 100.0};
  std::size_t max_body_bytes = 2 << 20;  // whole request body
  std::size_t max_text_bytes = 1 << 20;  // pasted or uploaded source text
  std::size_t max_batch_items = 200;
  std::chrono::seconds request_timeout{60};  // generation wait before 504
  std::chrono::seconds check_timeout{30};    // POST /v1/check wait before 504
  // Per connection (http_server.h has what each one means): slow clients are cut off.
  std::chrono::milliseconds header_timeout{10'000};
  std::chrono::milliseconds body_timeout{30'000};
  std::chrono::milliseconds read_timeout{10'000};
  std::chrono::milliseconds write_timeout{30'000};
  std::chrono::milliseconds keep_alive_timeout{5'000};
  std::size_t max_connections = 128;  // one connection thread each
  std::size_t max_connections_per_address = 32;
  std::size_t worker_threads = 2;
  std::size_t max_queued_jobs = 256;
  std::size_t batch_workers = 1;  // threads draining the batch queue (0: leave it to workers)
  // How long a batch item claimed by this server stays claimed without a heartbeat (the
  // heartbeat renews it every third of this); after a crash, other workers take it over then.
  std::chrono::milliseconds batch_lease{300'000};
  std::string cors_origin;  // "" = no CORS headers (default)
  // The LLM tiers (--llm, --config, REPOPOST_LLM and provider presets, as for `generate`);
  // llm.offline = the template writer only.
  app::LlmSettings llm;
};

}  // namespace repopost::server
