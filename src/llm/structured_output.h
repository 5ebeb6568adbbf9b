// Structured output checks used after the server answered: pulling the first JSON object out of
// free text (the last step of the json_schema -> json_object -> text degradation) and checking an
// object against the subset of JSON Schema that chat structured outputs use.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "llm/llm_error.h"

namespace repopost::llm {

// The first balanced {...} in `text` that parses as a JSON object (code fences and prose around
// it are skipped); nullopt when there is none.
std::optional<std::string> FindFirstJsonObject(std::string_view text);

// Checks `json_text` against `schema_json`. Supported keywords: type (string or list), properties,
// required, items, enum, minItems, maxItems, additionalProperties=false. Unknown keywords are
// ignored. Fails with kInvalidOutput naming the first offending field ("hooks[2]: expected
// string"); fails with kBadRequest when the schema itself is not JSON.
LlmResult<void> CheckAgainstSchema(std::string_view json_text, std::string_view schema_json);

}  // namespace repopost::llm
