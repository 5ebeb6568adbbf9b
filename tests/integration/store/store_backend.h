// StoreBackend: the fixture side of the conformance suite — opens a fresh, empty Store on either
// backend for each test. PostgreSQL tests share one throw-away cluster per test process and get a
// new database each.
#pragma once

#include <chrono>
#include <memory>
#include <ostream>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "store/store.h"

namespace repopost::store::testing {

enum class Backend { kSqlite, kPostgres };

// A clock that only moves when told to; starts at 2026-03-01T12:00:00Z.
class ManualClock final : public core::Clock {
 public:
  std::chrono::system_clock::time_point Now() const override { return now_; }
  std::chrono::steady_clock::time_point Monotonic() const override {
    return std::chrono::steady_clock::time_point(now_.time_since_epoch());
  }
  void Advance(std::chrono::milliseconds by) { now_ += by; }
  void Set(std::chrono::system_clock::time_point at) { now_ = at; }

 private:
  std::chrono::system_clock::time_point now_ =
      std::chrono::system_clock::time_point(std::chrono::seconds(1772366400));
};

// A new empty database URL for `backend` ("sqlite:/tmp/…/store.db" or a fresh PostgreSQL
// database). kStore when PostgreSQL cannot be started — the test must fail, not skip.
core::Result<std::string> FreshDatabaseUrl(Backend backend);

std::string BackendName(Backend backend);
// Prints the backend by name, so test names read ".../Sqlite  # GetParam() = Sqlite".
inline void PrintTo(Backend backend, std::ostream* out) { *out << BackendName(backend); }

}  // namespace repopost::store::testing
