// JSON for safety reports, at the edges only (CLI --format json, HTTP API, store).
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "safety/safety_report.h"
#include "safety/verification.h"

namespace repopost::safety {

nlohmann::json ToJson(const SafetyReport& report);
// {"verdict": "consistent" | "inconsistent", ...the report's fields}
nlohmann::json ToJson(const VerifyReport& report);

}  // namespace repopost::safety
