#include "cli/close_match.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <numeric>

namespace repopost::cli {
namespace {

// Every long flag of `app` ("--style"), and "--help".
std::vector<std::string> LongFlags(const CLI::App& app) {
  std::vector<std::string> flags{"--help"};
  for (const CLI::Option* option : app.get_options()) {
    for (const std::string& name : option->get_lnames()) flags.push_back("--" + name);
  }
  return flags;
}

}  // namespace

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string CloseMatch(std::string_view word, std::span<const std::string> candidates) {
  const std::size_t allowed = std::max<std::size_t>(1, word.size() / 3);
  std::string best;
  std::size_t best_distance = allowed + 1;
  for (const std::string& candidate : candidates) {
    const std::size_t distance = EditDistance(word, candidate);
    if (distance < best_distance && candidate != word) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::string UnknownArgumentHint(const CLI::App& root, std::span<const std::string> args) {
  std::vector<std::string> commands;
  for (const CLI::App* command : root.get_subcommands([](const CLI::App*) { return true; }))
    commands.push_back(command->get_name());
  const CLI::App* command = nullptr;
  for (const std::string& arg : args) {
    if (arg.starts_with("-")) continue;
    if (command == nullptr) {
      auto it = std::find(commands.begin(), commands.end(), arg);
      if (it == commands.end()) {
        const std::string match = CloseMatch(arg, commands);
        return match.empty() ? "" : " (did you mean '" + match + "'?)";
      }
      command = root.get_subcommand(arg);
    }
  }
  if (command == nullptr) return "";
  const std::vector<std::string> flags = LongFlags(*command);
  for (const std::string& arg : args) {
    if (!arg.starts_with("--")) continue;
    const std::string name = arg.substr(0, arg.find('='));
    if (std::find(flags.begin(), flags.end(), name) != flags.end()) continue;
    const std::string match = CloseMatch(name, flags);
    return match.empty() ? "" : " (did you mean " + match + "?)";
  }
  return "";
}

}  // namespace repopost::cli
