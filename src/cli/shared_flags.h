// Flags several commands share, defined once: the post's style, tone and hook (generate, batch)
// and the LLM tiers (generate, batch, worker, health, serve).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "app/llm_tiers.h"
#include "core/result.h"
#include "generate/post_options.h"

namespace repopost::cli {

struct PostStyleFlags {
  std::string style = "growth";
  std::string tone = "balanced";
  std::string hook = "curiosity";
};

// --style, --tone, --hook; `help_prefix` opens each help text (e.g. "Default style: ").
void AddPostStyleFlags(CLI::App& cmd, PostStyleFlags& flags, const std::string& help_prefix = "");
// Sets options.style, .tone and .hook; kUsage naming the flag and its choices.
core::Status ApplyPostStyle(const PostStyleFlags& flags, generate::PostOptions& options);

// --offline, --llm URL[#model=NAME] (repeatable, in fallback order), --config FILE.
void AddLlmFlags(CLI::App& cmd, app::LlmSettings& settings);

}  // namespace repopost::cli
