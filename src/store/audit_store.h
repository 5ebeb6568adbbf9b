// AuditStore: an append-only record of who did what to which object, and from where.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/result.h"

namespace repopost::store {

struct AuditEvent {
  std::string id;      // "e_…"; assigned by the store when empty
  std::string actor;   // api key id, "cli", "worker:<name>"
  std::string action;  // "generate", "refine", "feedback", "api-key.create", …
  std::string target;  // the id acted on
  std::string origin;  // "127.0.0.1:5123", "cli", …
  std::chrono::system_clock::time_point created_at{};  // set by the store
};

struct AuditQuery {
  int limit = 100;     // 1..1000
  std::string actor;   // "" = any
  std::string target;  // "" = any
};

class AuditStore {
 public:
  virtual ~AuditStore() = default;
  virtual core::Result<AuditEvent> AppendAudit(const AuditEvent& event) = 0;
  // Newest first.
  virtual core::Result<std::vector<AuditEvent>> ListAudit(const AuditQuery& query) = 0;
};

}  // namespace repopost::store
