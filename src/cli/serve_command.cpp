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
};

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
  AddLlmFlags(*cmd, flags->options.llm);
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
