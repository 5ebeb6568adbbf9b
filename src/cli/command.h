// The command table: every `repopost` subcommand is one file that registers itself here through
// one Add function listed in command_table.cpp (no self-registration; the table is the index).
#pragma once

#include <span>
#include <string_view>

namespace CLI {
class App;
}

namespace repopost::cli {

// `generate` wrote the post but a blocking policy hit (a secret, a false affiliation, a growth
// promise) remains in it: printed, stored, and not ready to publish. Errors map to their exit
// codes through core::ExitCodeFor; this is the one exit code that is not an error's.
inline constexpr int kExitNotReady = 5;

// Set by a command's callback; main() returns it.
struct CommandOutcome {
  int exit_code = 0;
};

using AddCommandFn = void (*)(CLI::App& root, CommandOutcome& outcome);

struct CommandSpec {
  std::string_view name;
  AddCommandFn add;
};

std::span<const CommandSpec> Commands();

}  // namespace repopost::cli
