// JSON for attempt records and health summaries, with OpenTelemetry GenAI semantic-convention
// attribute names where one exists (gen_ai.provider.name, gen_ai.request.model,
// gen_ai.usage.input_tokens, error.type, ...) and repopost.llm.* for the rest.
#pragma once

#include <nlohmann/json_fwd.hpp>
#include <vector>

#include "llm/attempt_record.h"
#include "llm/llm_error.h"
#include "llm/provider_health.h"

namespace repopost::llm {

nlohmann::json ToJson(const AttemptRecord& record);
nlohmann::json ToJson(const std::vector<AttemptRecord>& records);
// Reads what ToJson wrote; a missing or wrongly typed field is an error naming it.
core::Result<AttemptRecord> AttemptFromJson(const nlohmann::json& json);

nlohmann::json ToJson(const HealthSummary& summary);

}  // namespace repopost::llm
