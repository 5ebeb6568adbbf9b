// Flags shared by every command that reads or writes stored posts (--db, --format), and the one
// way those commands open the AppContext.
#pragma once

#include <memory>
#include <string>

#include "app/app_context.h"
#include "core/result.h"

namespace CLI {
class App;
}

namespace repopost::cli {

struct StoreFlags {
  std::string db;  // "" = SQLite under the data directory
  std::string format = "text";
  bool as_json() const { return format == "json"; }
};

void AddStoreFlags(CLI::App& command, StoreFlags& flags, bool with_format = true);
core::Result<std::unique_ptr<app::AppContext>> OpenContext(const StoreFlags& flags);
// kUsage unless flags.format is "text" or "json".
core::Status CheckTextOrJson(const StoreFlags& flags);

}  // namespace repopost::cli
