#include "cli/shared_flags.h"

namespace repopost::cli {

void AddPostStyleFlags(CLI::App& cmd, PostStyleFlags& flags, const std::string& help_prefix) {
  cmd.add_option("--style", flags.style, help_prefix + generate::StyleChoices());
  cmd.add_option("--tone", flags.tone, help_prefix + generate::ToneChoices());
  cmd.add_option("--hook", flags.hook, help_prefix + generate::HookTypeChoices());
}

core::Status ApplyPostStyle(const PostStyleFlags& flags, generate::PostOptions& options) {
  auto style = generate::ParseStyle(flags.style);
  if (!style) {
    return core::Fail(core::ErrorCode::kUsage,
                      "--style must be one of " + generate::StyleChoices());
  }
  auto tone = generate::ParseTone(flags.tone);
  if (!tone) {
    return core::Fail(core::ErrorCode::kUsage, "--tone must be one of " + generate::ToneChoices());
  }
  auto hook = generate::ParseHookType(flags.hook);
  if (!hook) {
    return core::Fail(core::ErrorCode::kUsage,
                      "--hook must be one of " + generate::HookTypeChoices());
  }
  options.style = *style;
  options.tone = *tone;
  options.hook = *hook;
  return core::Ok();
}

void AddLlmFlags(CLI::App& cmd, app::LlmSettings& settings) {
  cmd.add_flag("--offline", settings.offline,
               "Use only the template writer (no LLM), whatever is configured");
  cmd.add_option(
      "--llm", settings.provider_specs,
      "OpenAI-compatible base URL[#model=NAME], repeatable, in fallback order; 'auto' uses a "
      "running Ollama (127.0.0.1:11434) or llama.cpp server (127.0.0.1:8080)");
  cmd.add_option("--config", settings.config_path, "TOML config file with an [llm] section");
}

}  // namespace repopost::cli
