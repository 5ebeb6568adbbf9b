// LlmPostAnswer: the one JSON object the LLM writer asks for, and the edge that converts it
// (STYLE.md habit 5: JSON only at the edges, a wrong type is an error naming the field).
//
//   request.response_format = llm::ResponseFormat::JsonSchema("repopost_post",
//   LlmPostSchemaJson()); core::Result<LlmPostAnswer> answer =
//   ParseLlmPostAnswer(response.content);
//
// Answer shape: {"post": str, "hooks": {"curiosity": str, "bold_claim": str, "story": str,
// "contrarian": str, "emotional": str}, "hashtags": [str], "caption": str,
// "claims": [{"text": str, "evidence": [str]}]}. "post" is required; the rest may be missing
// (models that ignore the schema) and default to empty, but when present must have the right type.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "generate/post_options.h"

namespace repopost::generate {

struct LlmClaim {
  std::string text;
  std::vector<std::string> evidence_ids;  // "f3", "c12"
};

struct LlmPostAnswer {
  std::string post;
  std::map<HookType, std::string> hooks;
  std::vector<std::string> hashtags;
  std::string caption;
  std::vector<LlmClaim> claims;
};

// The JSON Schema (strict: every property required, no others) as JSON text.
const std::string& LlmPostSchemaJson();
// The JSON key of a hook type in the answer ("bold_claim" for kBoldClaim).
std::string_view HookKey(HookType hook);

// kInput naming the field when the text is not a JSON object, "post" is missing or empty, or a
// field has the wrong type.
core::Result<LlmPostAnswer> ParseLlmPostAnswer(std::string_view json_text);

}  // namespace repopost::generate
