// `repopost serve [--host H] [--port N] ...`: the HTTP API and web UI until SIGTERM/SIGINT.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/shared_flags.h"
#include "server/server.h"

namespace repopost::cli {
namespace {

struct ServeFlags {
  server::ServerOptions options;
  std::string web_root;
  std::vector<std::string> api_keys;  // NAME:SCOPE:KEY
  // Slow-client limits in seconds (server_options.h; 0 or less is a usage error).
  double header_timeout_s = 10;
  double body_timeout_s = 30;
  double idle_timeout_s = 5;
  double check_timeout_s = 30;
  double batch_lease_s = 300;
};

std::chrono::milliseconds Milliseconds(double seconds) {
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

// Copies the limit flags into the options; a usage error names the first bad one.
core::Status ApplyLimits(ServeFlags& flags) {
  const std::pair<const char*, double> timeouts[] = {{"--header-timeout", flags.header_timeout_s},
                                                     {"--body-timeout", flags.body_timeout_s},
                                                     {"--idle-timeout", flags.idle_timeout_s},
                                                     {"--check-timeout", flags.check_timeout_s},
                                                     {"--batch-lease", flags.batch_lease_s}};
  for (const auto& [name, seconds] : timeouts) {
    if (!(seconds > 0 && seconds <= 3600)) {
      return core::Fail(core::ErrorCode::kUsage,
                        std::string(name) + " must be between 0 and 3600 seconds.");
    }
  }
  if (flags.options.max_connections == 0 || flags.options.max_connections_per_address == 0) {
    return core::Fail(core::ErrorCode::kUsage,
                      "--max-connections and --max-connections-per-address must be at least 1.");
  }
  flags.options.header_timeout = Milliseconds(flags.header_timeout_s);
  flags.options.body_timeout = Milliseconds(flags.body_timeout_s);
  flags.options.keep_alive_timeout = Milliseconds(flags.idle_timeout_s);
  flags.options.batch_lease = Milliseconds(flags.batch_lease_s);
  flags.options.check_timeout =
      std::chrono::ceil<std::chrono::seconds>(Milliseconds(flags.check_timeout_s));
  return core::Ok();
}

core::Result<server::ApiKeyGrant> ParseKeyGrant(const std::string& text) {
  const std::size_t first = text.find(':');
  const std::size_t second = first == std::string::npos ? first : text.find(':', first + 1);
  if (second == std::string::npos) {
    return core::Fail(core::ErrorCode::kUsage,
                      "--api-key takes NAME:SCOPE:KEY (scope read|generate|admin)");
  }
  auto scope = server::ParseScope(text.substr(first + 1, second - first - 1));
  if (!scope)
    return core::Fail(core::ErrorCode::kUsage,
                      "an --api-key scope must be read, generate or admin");
  return server::ApiKeyGrant{text.substr(0, first), core::Secret(text.substr(second + 1)), *scope};
}

int Run(ServeFlags& flags) {
  if (flags.options.port < 0 || flags.options.port > 65535) {
    return ReportError({core::ErrorCode::kUsage,
                        "--port must be between 1 and 65535 (0 = any free "
                        "port), not " +
                            std::to_string(flags.options.port) + "."},
                       false);
  }
  if (auto limits = ApplyLimits(flags); !limits) return ReportError(limits.error(), false);
  if (!flags.web_root.empty()) flags.options.web_root = flags.web_root;
  for (const std::string& grant : flags.api_keys) {
    auto parsed = ParseKeyGrant(grant);
    if (!parsed) return ReportError(parsed.error(), false);
    flags.options.api_keys.push_back(std::move(*parsed));
  }
  auto status = server::RunServer(flags.options);
  if (!status) return ReportError(status.error(), false);
  return 0;
}

}  // namespace

void AddServeCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* cmd = root.add_subcommand("serve", "Serve the HTTP API and the web UI");
  cmd->add_option("--host", flags->options.host,
                  "Address to listen on (keys are required beyond loopback)");
  cmd->add_option("--port", flags->options.port, "Port 1-65535 (0 = any free port)");
  cmd->add_option("--db", flags->options.db_url, "Database: sqlite:PATH or postgres://...");
  cmd->add_option("--allow-root", flags->options.allowed_roots,
                  "A directory whose repositories the API may read (repeatable)");
  cmd->add_option("--web-root", flags->web_root, "Serve the UI from this folder (development)");
  cmd->add_option("--api-key", flags->api_keys,
                  "NAME:SCOPE:KEY, scope read|generate|admin (repeatable)");
  cmd->add_flag("--require-keys", flags->options.require_api_keys,
                "Require API keys on loopback too");
  cmd->add_option("--cors-origin", flags->options.cors_origin,
                  "Allow this origin (CORS is off by default)");
  cmd->add_option("--workers", flags->options.worker_threads, "Generation worker threads");
  cmd->add_option("--batch-workers", flags->options.batch_workers,
                  "Threads draining the batch queue (0 = leave it to `repopost worker`)");
  cmd->add_option("--max-connections", flags->options.max_connections,
                  "Open connections at once, in total (default 128; more get 503)");
  cmd->add_option("--max-connections-per-address", flags->options.max_connections_per_address,
                  "Open connections at once from one client address (default 32)");
  cmd->add_option("--header-timeout", flags->header_timeout_s,
                  "Seconds for a request's line and headers to arrive (default 10; else 408)");
  cmd->add_option("--body-timeout", flags->body_timeout_s,
                  "Seconds for a request body to arrive after its headers (default 30; else 408)");
  cmd->add_option("--idle-timeout", flags->idle_timeout_s,
                  "Seconds a keep-alive connection may sit idle between requests (default 5)");
  cmd->add_option("--check-timeout", flags->check_timeout_s,
                  "Seconds a POST /v1/check may run before 504 (default 30)");
  cmd->add_option("--batch-lease", flags->batch_lease_s,
                  "Seconds a batch item claimed by this server stays claimed without a heartbeat "
                  "(default 300)");
  AddLlmFlags(*cmd, flags->options.llm);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
