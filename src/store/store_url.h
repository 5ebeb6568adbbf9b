// StoreUrl: the parsed `--db` value. `sqlite:PATH[?max_pages=N]` selects the embedded file,
// `postgres://…` or `postgresql://…` (a libpq connection URI) the shared server.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"

namespace repopost::store {

enum class StoreKind { kSqlite, kPostgres };

struct StoreUrl {
  StoreKind kind = StoreKind::kSqlite;
  std::string sqlite_path;            // kSqlite
  std::int64_t sqlite_max_pages = 0;  // kSqlite: > 0 caps the file size in pages
  std::string postgres_uri;           // kPostgres: passed to libpq unchanged
};

// kUsage with one sentence for anything else (never echoes a password).
core::Result<StoreUrl> ParseStoreUrl(std::string_view url);

}  // namespace repopost::store
