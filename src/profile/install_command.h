// Install commands: recognising a package-manager install line ("npm install -g foo",
// "brew install fzf", "python -m pip install requests") and the packages it installs, for the
// profile's install selector and the claim checker's install rule.
//
//   auto c = profile::ParseInstallCommand("sudo apt install ripgrep");
//   // c->ecosystem == "apt", c->packages == {"ripgrep"}
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::profile {

struct InstallCommand {
  std::string ecosystem;              // "npm", "pip", "cargo", "brew", "apt", "go", ...
  std::vector<std::string> packages;  // the arguments that are not flags
};

// REQUIRES: `line` has no shell prompt ("$ ") and no "sudo ".
std::optional<InstallCommand> ParseInstallCommand(std::string_view line);
// Install commands written inside a sentence ("Get started: apt install ripgrep-pro"), each
// from its installer to the end of its command (a backtick, a sentence end or a line end).
std::vector<std::string> InstallCommandsIn(std::string_view text);
// A package name as a comparable key: "github.com/gin-gonic/gin@latest" -> "gin",
// "app-shells/fzf" -> "fzf", "moshi==1.2" -> "moshi".
std::string PackageKey(std::string word);
// The words after the installer, flags dropped, up to a shell operator.
std::vector<std::string> Packages(std::string_view args);

}  // namespace repopost::profile
