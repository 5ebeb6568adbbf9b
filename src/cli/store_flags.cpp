#include "cli/store_flags.h"

#include <CLI/CLI.hpp>

namespace repopost::cli {

void AddStoreFlags(CLI::App& command, StoreFlags& flags, bool with_format) {
  command.add_option(
      "--db", flags.db,
      "Database: sqlite:PATH or postgres://... (default: SQLite in the data directory)");
  if (with_format) command.add_option("--format", flags.format, "Output format: text|json");
}

core::Result<std::unique_ptr<app::AppContext>> OpenContext(const StoreFlags& flags) {
  return app::AppContext::Open(app::AppSettings{.db_url = flags.db});
}

core::Status CheckTextOrJson(const StoreFlags& flags) {
  if (flags.format == "text" || flags.format == "json") return core::Ok();
  return core::Fail(core::ErrorCode::kUsage, "--format must be one of text|json");
}

}  // namespace repopost::cli
