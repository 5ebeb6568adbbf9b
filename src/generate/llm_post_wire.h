// LlmPostAnswer: the one JSON object the LLM writer asks for, and the one place that reads a
// model's answer leniently (STYLE.md habit 5: JSON only at the edges).
//
//   request.response_format = llm::ResponseFormat::JsonSchema("repopost_post",
//   LlmPostSchemaJson()); core::Result<LlmPostAnswer> answer =
//   ParseLlmPostAnswer(response.content);
//
// Asked-for shape (compact: claims cite ids per sentence instead of repeating the sentence):
// {"post": str, "hooks": {"curiosity": str, "bold_claim": str, "story": str, "contrarian": str,
// "emotional": str}, "hashtags": [str], "caption": str, "claims": [{"sentence": int,
// "evidence": [str]}]}. Only a post text is required. Tolerated, each noted in `deviations`:
// a preface or code fence around the object, missing optional fields, extra fields, a string
// where a list belongs ("#A #B", "f1, f2"), non-string items (skipped), the post under "text" or
// "content" or as a list of paragraphs, claims in the older {"text", "evidence"} form, and an
// answer cut short whose "post" string is complete.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "generate/post_options.h"

namespace repopost::generate {

struct LlmClaim {
  int sentence = 0;                       // 1-based sentence of the post (0 = not given)
  std::string text;                       // older answers repeat the sentence instead
  std::vector<std::string> evidence_ids;  // "f3", "c12"
};

struct LlmPostAnswer {
  std::string post;
  std::map<HookType, std::string> hooks;
  std::vector<std::string> hashtags;
  std::string caption;
  std::vector<LlmClaim> claims;
  std::vector<std::string> deviations;  // what was tolerated, one phrase each
};

// The JSON Schema (strict: every property required, no others) as JSON text.
const std::string& LlmPostSchemaJson();
// The JSON key of a hook type in the answer ("bold_claim" for kBoldClaim).
std::string_view HookKey(HookType hook);

// kInput when the answer holds no JSON object (and no complete "post" string) or no post text.
core::Result<LlmPostAnswer> ParseLlmPostAnswer(std::string_view answer_text);

}  // namespace repopost::generate
