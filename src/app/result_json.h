// JSON views of the pipeline's results for the CLI (`--format json`). One file converts them so
// field names stay the same everywhere (DESIGN.md section 4: generate's JSON has at least post,
// hook_options, hashtags, caption, facts_used, style, tone, hook, writer).
#pragma once

#include <nlohmann/json.hpp>

#include "app/generation_service.h"
#include "core/fact_sheet.h"

namespace repopost::app {

nlohmann::json FactToJson(const core::Fact& fact);
nlohmann::json ProvenanceToJson(const core::Provenance& provenance);
nlohmann::json FactSheetToJson(const core::FactSheet& sheet);
nlohmann::json QualityToJson(const score::QualityScore& quality);
nlohmann::json EngagementToJson(const score::EngagementEstimate& estimate);
nlohmann::json GenerationToJson(const GenerationResult& result);
// GenerationToJson plus the whole fact sheet (every fact, and each document with an excerpt): what
// a stored post keeps as its details, so evidence ids resolve after a restart (the server's
// GET /v1/posts/{id} "details", `repopost show --format json`).
nlohmann::json GenerationDetailsToJson(const GenerationResult& result);

}  // namespace repopost::app
