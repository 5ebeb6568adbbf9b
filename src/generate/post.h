// Post: what a writer produces. The text is final LinkedIn text (hook first, hashtags last).
#pragma once

#include <string>
#include <vector>

#include "core/fact.h"
#include "generate/post_options.h"

namespace repopost::generate {

enum class WriterTier { kLlm, kTemplate };
std::string_view ToString(WriterTier value);

struct HookOption {
  HookType type = HookType::kCuriosity;
  std::string text;
  std::vector<std::string> fact_ids;  // facts the hook states
};

struct Post {
  std::string text;                      // the whole post, hashtags included when enabled
  std::string hook;                      // the first line of `text`
  std::vector<HookOption> hook_options;  // five alternatives, one per hook type when facts allow
  std::vector<std::string> hashtags;     // "#OpenSource", CamelCase, 3 to 5 (empty when disabled)
  std::string caption;                   // "" unless a caption asset was asked for
  std::vector<core::Fact> facts_used;    // every fact a sentence of the post rests on
  PostOptions options;                   // what was asked (hook may differ: see hook_fallback)
  HookType hook_used = HookType::kCuriosity;  // the hook type actually written
  WriterTier writer = WriterTier::kTemplate;
  std::vector<std::string> notes;  // e.g. "no facts for a story hook; used curiosity"
  std::string
      prompt_version;  // LLM tier: the prompt file's @version ("writer-v1"); "" for templates
};

}  // namespace repopost::generate
