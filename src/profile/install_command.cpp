#include "profile/install_command.h"

#include "profile/clean_text.h"

namespace repopost::profile {
namespace {

struct Installer {
  std::string_view prefix;     // how the command starts (after sudo and a prompt)
  std::string_view ecosystem;  // what kind of install it is
};

// Package-manager installs. Order: longer prefixes of the same tool first.
constexpr Installer kInstallers[] = {
    {"npm install -g ", "npm"},
    {"npm install ", "npm"},
    {"npm i -g ", "npm"},
    {"npm i ", "npm"},
    {"yarn global add ", "npm"},
    {"yarn add ", "npm"},
    {"pnpm add ", "npm"},
    {"pnpm install ", "npm"},
    {"bun add ", "npm"},
    {"python -m pip install ", "pip"},
    {"python3 -m pip install ", "pip"},
    {"pip install ", "pip"},
    {"pip3 install ", "pip"},
    {"pipx install ", "pip"},
    {"uv add ", "pip"},
    {"uv pip install ", "pip"},
    {"uv tool install ", "pip"},
    {"poetry add ", "pip"},
    {"conda install ", "conda"},
    {"cargo install ", "cargo"},
    {"cargo add ", "cargo"},
    {"cargo binstall ", "cargo"},
    {"go install ", "go"},
    {"go get ", "go"},
    {"brew install ", "brew"},
    {"port install ", "macports"},
    {"apt install ", "apt"},
    {"apt-get install ", "apt"},
    {"dnf install ", "dnf"},
    {"yum install ", "dnf"},
    {"pacman -S ", "pacman"},
    {"apk add ", "apk"},
    {"zypper install ", "zypper"},
    {"emerge ", "emerge"},
    {"nix-env -i", "nix"},
    {"nix profile install ", "nix"},
    {"snap install ", "snap"},
    {"choco install ", "choco"},
    {"scoop install ", "scoop"},
    {"winget install ", "winget"},
    {"gem install ", "gem"},
    {"bundle add ", "gem"},
    {"composer require ", "composer"},
    {"dotnet add package ", "nuget"},
    {"Install-Package ", "nuget"},
    {"luarocks install ", "luarocks"},
    {"mix archive.install ", "mix"},
    {"pkg install ", "pkg"},
    {"pkg_add ", "pkg"},
    {"pkgin install ", "pkg"},
    {"xbps-install ", "xbps"},
    {"spack install ", "spack"},
    {"mise use ", "mise"},
    {"docker pull ", "docker"},
    {"docker run ", "docker"},
    {"asdf install ", "asdf"},
    {"flatpak install ", "flatpak"},
};

}  // namespace

// The words after the installer: package names, with flags and options dropped.
std::vector<std::string> Packages(std::string_view args) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < args.size()) {
    while (i < args.size() && args[i] == ' ') ++i;
    std::size_t e = args.find(' ', i);
    if (e == std::string_view::npos) e = args.size();
    std::string word(args.substr(i, e - i));
    i = e;
    if (word.empty() || word.starts_with("-")) continue;
    if (word == "&&" || word == "|" || word == ";") break;
    out.push_back(word);
  }
  return out;
}

// "github.com/gin-gonic/gin@latest" -> "gin"; "app-shells/fzf" -> "fzf"; "moshi==1.2" -> "moshi".
std::string PackageKey(std::string word) {
  const std::size_t scheme = word.find("://");
  if (scheme != std::string::npos) word = word.substr(scheme + 3);
  if (word.starts_with("git@")) word = word.substr(word.find(':') + 1);
  while (!word.empty() && (word.back() == '/' || word.back() == '"' || word.back() == '\''))
    word.pop_back();
  if (word.ends_with(".git")) word.resize(word.size() - 4);
  for (std::string_view cut : {"==", ">=", "<=", "~=", "@", "[", ":"}) {
    const std::size_t at = word.find(cut, cut == "@" ? 1 : 0);
    if (at != std::string::npos && at > 0) word = word.substr(0, at);
  }
  const std::size_t slash = word.rfind('/');
  if (slash != std::string::npos) word = word.substr(slash + 1);
  const std::size_t dot = word.rfind('.');  // nixpkgs.fzf
  if (dot != std::string::npos && word.starts_with("nixpkgs")) word = word.substr(dot + 1);
  return Squash(word);
}

std::optional<InstallCommand> ParseInstallCommand(std::string_view line) {
  for (const Installer& installer : kInstallers) {
    if (!line.starts_with(installer.prefix)) continue;
    return InstallCommand{std::string(installer.ecosystem),
                          Packages(line.substr(installer.prefix.size()))};
  }
  return std::nullopt;
}

std::vector<std::string> InstallCommandsIn(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && text[i - 1] != ' ' && text[i - 1] != '`' && text[i - 1] != ':' &&
        text[i - 1] != '(' && text[i - 1] != '\n') {
      continue;
    }
    std::string_view rest = text.substr(i);
    if (rest.starts_with("sudo ")) continue;  // the installer after it is found next
    for (const Installer& installer : kInstallers) {
      if (!rest.starts_with(installer.prefix)) continue;
      std::size_t end = rest.find_first_of("`\n");
      std::string command(rest.substr(0, end));
      while (!command.empty() && (command.back() == '.' || command.back() == ' ' ||
                                  command.back() == ',' || command.back() == ')')) {
        command.pop_back();
      }
      out.push_back(std::move(command));
      i += installer.prefix.size();
      break;
    }
  }
  return out;
}

}  // namespace repopost::profile
