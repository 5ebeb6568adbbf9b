#include "ingest/manifest.h"

#include <algorithm>
#include <cctype>

namespace repopost::ingest {
namespace {

std::string BaseName(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool IsManifestPath(std::string_view path) {
  const std::size_t depth = static_cast<std::size_t>(std::count(path.begin(), path.end(), '/'));
  const std::string name = BaseName(path);
  if (EndsWith(name, ".csproj") || EndsWith(name, ".cabal") || EndsWith(name, ".gemspec")) {
    return depth <= 1;
  }
  if (depth != 0) return false;
  return name == "package.json" || name == "composer.json" || name == "Cargo.toml" ||
         name == "pyproject.toml" || name == "setup.cfg" || name == "go.mod" || name == "pom.xml" ||
         name == "build.gradle" || name == "build.gradle.kts" || name == "CMakeLists.txt" ||
         name == "mix.exs" || name == "Package.swift";
}

core::Result<Manifest> ParseManifest(const std::string& path, std::string_view text) {
  Manifest manifest;
  manifest.path = path;
  const std::string name = BaseName(path);
  core::Status status;
  if (name == "package.json" || name == "composer.json") {
    status = ParseJsonManifest(text, manifest);
  } else if (name == "Cargo.toml" || name == "pyproject.toml") {
    status = ParseTomlManifest(text, manifest);
  } else if (name == "pom.xml" || EndsWith(name, ".csproj")) {
    status = ParseXmlManifest(text, manifest);
  } else {
    status = ParseTextManifest(text, manifest);
  }
  if (!status) return tl::unexpected(status.error());
  return manifest;
}

ManifestDependency SplitRequirement(std::string_view requirement) {
  std::size_t start = 0;
  while (start < requirement.size() && std::isspace(static_cast<unsigned char>(requirement[start])))
    ++start;
  std::size_t end = start;
  while (end < requirement.size() &&
         (std::isalnum(static_cast<unsigned char>(requirement[end])) || requirement[end] == '-' ||
          requirement[end] == '_' || requirement[end] == '.')) {
    ++end;
  }
  ManifestDependency dep;
  dep.name = std::string(requirement.substr(start, end - start));
  std::string_view rest = requirement.substr(end);
  if (std::size_t semi = rest.find(';'); semi != std::string_view::npos)
    rest = rest.substr(0, semi);
  if (!rest.empty() && rest.front() == '[') {
    std::size_t close = rest.find(']');
    rest = close == std::string_view::npos ? std::string_view() : rest.substr(close + 1);
  }
  std::string constraint;
  for (char c : rest) {
    if (!std::isspace(static_cast<unsigned char>(c)) && c != '(' && c != ')') constraint += c;
  }
  dep.constraint = constraint;
  return dep;
}

}  // namespace repopost::ingest
