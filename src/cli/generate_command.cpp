// `repopost generate SOURCE [...]`: a checked, scored post for a repository or text.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <charconv>
#include <iostream>

#include "app/generation_service.h"
#include "app/llm_tiers.h"
#include "app/publish_signal.h"
#include "app/result_json.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/shared_flags.h"
#include "cli/source_input.h"
#include "cli/store_flags.h"
#include "generate/post_options.h"
#include "safety/safety_report.h"

namespace repopost::cli {
namespace {

struct GenerateFlags {
  std::string source;
  PostStyleFlags post;
  std::string link = "body";
  std::string caption;
  std::string text_file;
  std::string format = "text";
  std::string seed = "0";  // parsed by ParseSeed: CLI11 wraps "-1" and overflows silently
  bool no_hashtags = false;
  app::LlmSettings llm;
  bool no_store = false;
  bool clone = false;
  StoreFlags store;
};

// A decimal number in [0, 2^64 - 1]; anything else (a sign, an overflow) is a usage error.
core::Result<std::uint64_t> ParseSeed(const std::string& text) {
  std::uint64_t seed = 0;
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, seed);
  if (text.empty() || error != std::errc() || stop != end) {
    return core::Fail(
        core::ErrorCode::kUsage,
        "--seed must be a whole number from 0 to 18446744073709551615, not \"" + text + "\"");
  }
  return seed;
}

core::Result<generate::PostOptions> ParseOptions(const GenerateFlags& flags) {
  generate::PostOptions options;
  if (auto ok = ApplyPostStyle(flags.post, options); !ok) return tl::unexpected(ok.error());
  auto link = generate::ParseLinkMode(flags.link);
  if (!link) return core::Fail(core::ErrorCode::kUsage, "--link must be one of body|none");
  options.link = *link;
  options.hashtags = !flags.no_hashtags;
  options.caption_asset = flags.caption;
  auto seed = ParseSeed(flags.seed);
  if (!seed) return tl::unexpected(seed.error());
  options.seed = *seed;
  return options;
}

// Generates and stores the post (so `show`, `refine`, `export` can find it). Without an explicit
// --db, a store that cannot be opened costs only the storing, with a warning; --no-store skips it.
core::Result<app::GenerationResult> GenerateMaybeStored(const GenerateFlags& flags,
                                                        const app::GenerateRequest& request) {
  if (!flags.no_store) {
    auto context = OpenContext(flags.store);
    if (context) {
      auto stored = (*context)->GenerateAndStore(request, {.actor = "cli"});
      if (!stored) return tl::unexpected(stored.error());
      return std::move(stored->result);
    }
    if (!flags.store.db.empty()) return tl::unexpected(context.error());
    std::cerr << "repopost: warning: the post is not stored (" << context.error().message << ")\n";
  }
  return app::GenerationService(app::AppConfig{}).Generate(request);
}

// The first policy hit that blocks publishing, or nullptr.
const safety::PolicyHit* FirstBlockingHit(const safety::SafetyReport& report) {
  for (const safety::PolicyHit& hit : report.policy_hits) {
    if (hit.severity == safety::Severity::kBlock) return &hit;
  }
  return nullptr;
}

// Why the checker did not find the post safe, in one phrase.
std::string UnsafeReason(const safety::SafetyReport& report) {
  if (!report.reasons.empty()) return report.reasons.front();
  if (report.is_safe) return "no sentence states a fact the source supports";
  return "some claims are not supported by the source";
}

int Run(const GenerateFlags& flags) {
  const bool as_json = flags.format == "json";
  if (flags.format != "text" && flags.format != "json") {
    return ReportError({core::ErrorCode::kUsage, "--format must be one of text|json"}, as_json);
  }
  auto options = ParseOptions(flags);
  if (!options) return ReportError(options.error(), as_json);
  auto source = ReadSourceInput(flags.source, flags.text_file);
  if (!source) return ReportError(source.error(), as_json);
  source->clone = flags.clone;

  app::GenerateRequest request{
      .source = std::move(*source), .options = *options, .offline = flags.llm.offline};
  auto tiers = app::LlmTiers::Open(flags.llm, app::ProcessEnv());
  if (!tiers) return ReportError(tiers.error(), as_json);
  request.llm = (*tiers)->router();
  // On a terminal the LLM post streams as it is written; the checked post follows it.
  const bool streaming = !as_json && request.llm != nullptr && isatty(STDOUT_FILENO) == 1;
  if (streaming) {
    request.on_post_text = [](std::string_view text) { std::cout << text << std::flush; };
    request.on_restart = [](std::string_view why) {
      std::cout << "\n[" << why << "]\n" << std::flush;
    };
  }
  auto result = GenerateMaybeStored(flags, request);
  if (streaming) std::cout << "\n\n--- checked post ---\n";
  if (!result) return ReportError(result.error(), as_json);
  if (as_json) {
    std::cout << app::GenerationToJson(*result).dump(2) << "\n";
  } else {
    std::cout << result->post.text << "\n";
    if (!result->post.caption.empty()) {
      std::cout << "\nCaption (" << result->post.options.caption_asset
                << "): " << result->post.caption << "\n";
    }
    // A requested hook the facts could not support is said where the user reads, not only in JSON.
    if (result->post.hook_used != result->post.options.hook) {
      std::cerr << "repopost: note: the source has no facts for a "
                << generate::ToString(result->post.options.hook)
                << " hook, so the post opens with a " << generate::ToString(result->post.hook_used)
                << " hook\n";
    }
  }
  if (const safety::PolicyHit* hit = FirstBlockingHit(result->safety)) {
    std::cerr << "repopost: warning: the post is not ready to publish: it " << hit->message << " ("
              << hit->rule_id << ": \"" << hit->excerpt << "\"); exit " << kExitNotReady << "\n";
    return kExitNotReady;
  }
  // One warning line: a blocking hit above says it already.
  if (const app::PublishSignal signal = app::SignalFor(result->safety);
      signal != app::PublishSignal::kSafe) {
    std::cerr << "repopost: warning: the post " << app::Describe(signal) << ": "
              << UnsafeReason(result->safety) << "\n";
  }
  return 0;
}

}  // namespace

void AddGenerateCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<GenerateFlags>();
  CLI::App* cmd =
      root.add_subcommand("generate", "Write a LinkedIn post about a repository or text");
  cmd->add_option("source", flags->source,
                  "Local path, GitHub URL (https://github.com/o/r or o/r), or - for stdin")
      ->default_val(".");
  AddPostStyleFlags(*cmd, flags->post);
  cmd->add_option("--link", flags->link, "Repository link in the body or none: body|none");
  cmd->add_flag("--no-hashtags", flags->no_hashtags, "Leave hashtags out");
  cmd->add_option("--caption", flags->caption,
                  "Write a caption for a demo asset (e.g. 'video demo')");
  cmd->add_option("--text", flags->text_file, "Text or Markdown file to use as (extra) source");
  cmd->add_option("--seed", flags->seed, "Seed for phrase choice (same seed, same post)");
  AddLlmFlags(*cmd, flags->llm);
  cmd->add_flag("--clone", flags->clone, "GitHub sources: clone (cached) for the full history");
  cmd->add_flag("--no-store", flags->no_store, "Do not store the post (no id for refine/export)");
  AddStoreFlags(*cmd, flags->store, /*with_format=*/false);
  cmd->add_option("--format", flags->format, "Output format: text|json");
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
