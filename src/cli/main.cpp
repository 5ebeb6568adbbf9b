// repopost: the command line. Parses the command, runs it, and maps any escaped exception (a bug)
// to exit code 70 at this one boundary.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/close_match.h"
#include "cli/command.h"

int main(int argc, char** argv) {
  CLI::App root{"repopost: turn a software repository into a LinkedIn post that is true"};
  root.require_subcommand(1);
  root.set_version_flag("--version", std::string("repopost 0.1.0"));
  repopost::cli::CommandOutcome outcome;
  for (const auto& command : repopost::cli::Commands()) command.add(root, outcome);
  try {
    root.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return root.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return root.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return root.exit(e);
  } catch (const CLI::ParseError& e) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    const std::string hint = repopost::cli::UnknownArgumentHint(root, args);
    std::cerr << "repopost: " << e.what() << (hint.empty() ? " (see repopost --help)" : hint)
              << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "repopost: internal error: " << e.what() << "\n";
    return 70;
  }
  return outcome.exit_code;
}
