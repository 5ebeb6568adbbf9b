// repopost: the command line. Parses the command, runs it, and maps any escaped exception (a bug)
// to exit code 70 at this one boundary.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

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
    std::cerr << "repopost: " << e.what() << " (see repopost --help)\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "repopost: internal error: " << e.what() << "\n";
    return 70;
  }
  return outcome.exit_code;
}
