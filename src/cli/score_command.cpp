// `repopost score --text FILE [--tone T] [--format json]`: the quality breakdown and the
// engagement estimate of any post text (JSON: "quality" and "engagement" with a numeric score).
#include <CLI/CLI.hpp>
#include <iostream>

#include "app/result_json.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/source_input.h"
#include "score/engagement_model.h"
#include "score/quality_scorer.h"

namespace repopost::cli {
namespace {

struct ScoreFlags {
  std::string text_file;
  std::string tone;
  std::string format = "text";
};

int Run(const ScoreFlags& flags) {
  const bool as_json = flags.format == "json";
  if (flags.format != "text" && !as_json) {
    return ReportError({core::ErrorCode::kUsage, "--format must be one of text|json"}, false);
  }
  auto text = ReadTextFile(flags.text_file);
  if (!text) return ReportError(text.error(), as_json);
  score::QualityInput input{.text = *text};
  if (!flags.tone.empty()) {
    auto tone = generate::ParseTone(flags.tone);
    if (!tone) {
      return ReportError(
          {core::ErrorCode::kUsage, "--tone must be one of " + generate::ToneChoices()}, as_json);
    }
    input.tone = *tone;
  }
  const score::QualityScore quality = score::ScoreQuality(input);
  auto model = score::EngagementModel::Embedded();
  if (!model) return ReportError(model.error(), as_json);
  const score::EngagementEstimate engagement = model->Estimate(*text);
  if (as_json) {
    std::cout << nlohmann::json{{"quality", app::QualityToJson(quality)},
                                {"engagement", app::EngagementToJson(engagement)}}
                     .dump(2)
              << "\n";
    return 0;
  }
  std::cout << "quality " << quality.total << "/100\n";
  for (const auto& part : quality.parts) {
    std::cout << "  " << score::ToString(part.aspect) << " " << part.points << "/"
              << part.max_points << (part.assessed ? "" : " (not assessed)") << ": "
              << part.explanation << "\n";
  }
  std::cout << "engagement " << score::ToString(engagement.band) << " (" << engagement.score
            << "): " << engagement.explanation << "\n";
  return 0;
}

}  // namespace

void AddScoreCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<ScoreFlags>();
  CLI::App* cmd =
      root.add_subcommand("score", "Quality breakdown and engagement estimate of a post");
  cmd->add_option("--text", flags->text_file, "File with the post text")->required();
  cmd->add_option("--tone", flags->tone, "The tone the post aims for: " + generate::ToneChoices());
  cmd->add_option("--format", flags->format, "Output format: text|json");
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
