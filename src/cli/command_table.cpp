#include <array>

#include "cli/command.h"

namespace repopost::cli {

void AddGenerateCommand(CLI::App& root, CommandOutcome& outcome);
void AddInspectCommand(CLI::App& root, CommandOutcome& outcome);
void AddBatchCommand(CLI::App& root, CommandOutcome& outcome);
void AddWorkerCommand(CLI::App& root, CommandOutcome& outcome);

std::span<const CommandSpec> Commands() {
  static constexpr std::array kCommands{
      CommandSpec{"generate", &AddGenerateCommand},
      CommandSpec{"inspect", &AddInspectCommand},
      CommandSpec{"batch", &AddBatchCommand},
      CommandSpec{"worker", &AddWorkerCommand},
  };
  return kCommands;
}

}  // namespace repopost::cli
