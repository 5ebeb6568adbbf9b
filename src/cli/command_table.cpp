#include <array>

#include "cli/command.h"

namespace repopost::cli {

void AddGenerateCommand(CLI::App& root, CommandOutcome& outcome);
void AddHealthCommand(CLI::App& root, CommandOutcome& outcome);
void AddInspectCommand(CLI::App& root, CommandOutcome& outcome);
void AddHistoryCommand(CLI::App& root, CommandOutcome& outcome);
void AddShowCommand(CLI::App& root, CommandOutcome& outcome);
void AddRefineCommand(CLI::App& root, CommandOutcome& outcome);
void AddDiffCommand(CLI::App& root, CommandOutcome& outcome);
void AddFeedbackCommand(CLI::App& root, CommandOutcome& outcome);
void AddExportCommand(CLI::App& root, CommandOutcome& outcome);
void AddMetricsCommand(CLI::App& root, CommandOutcome& outcome);
void AddServeCommand(CLI::App& root, CommandOutcome& outcome);
void AddCheckCommand(CLI::App& root, CommandOutcome& outcome);
void AddVerifyCommand(CLI::App& root, CommandOutcome& outcome);
void AddScoreCommand(CLI::App& root, CommandOutcome& outcome);
void AddBatchCommand(CLI::App& root, CommandOutcome& outcome);
void AddWorkerCommand(CLI::App& root, CommandOutcome& outcome);

std::span<const CommandSpec> Commands() {
  static constexpr std::array kCommands{
      CommandSpec{"generate", &AddGenerateCommand}, CommandSpec{"health", &AddHealthCommand},
      CommandSpec{"inspect", &AddInspectCommand},   CommandSpec{"check", &AddCheckCommand},
      CommandSpec{"verify", &AddVerifyCommand},     CommandSpec{"score", &AddScoreCommand},
      CommandSpec{"history", &AddHistoryCommand},   CommandSpec{"show", &AddShowCommand},
      CommandSpec{"refine", &AddRefineCommand},     CommandSpec{"diff", &AddDiffCommand},
      CommandSpec{"feedback", &AddFeedbackCommand}, CommandSpec{"export", &AddExportCommand},
      CommandSpec{"metrics", &AddMetricsCommand},   CommandSpec{"serve", &AddServeCommand},
      CommandSpec{"batch", &AddBatchCommand},       CommandSpec{"worker", &AddWorkerCommand},
  };
  return kCommands;
}

}  // namespace repopost::cli
