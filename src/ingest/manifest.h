// Manifest: what a package manifest declares about the project, whatever its ecosystem.
// ParseManifest understands package.json, composer.json, Cargo.toml, pyproject.toml, setup.cfg,
// go.mod, pom.xml, build.gradle(.kts), *.gemspec, CMakeLists.txt project(), mix.exs,
// Package.swift, *.cabal and *.csproj. Fields a manifest does not state stay empty.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace repopost::ingest {

struct ManifestDependency {
  std::string name;
  std::string constraint;  // "^1.2.0", ">=2.0", "" when none
};

struct Manifest {
  std::string path;       // repository-relative file path
  std::string ecosystem;  // "npm", "cargo", "python", "go", "maven", "gradle", "ruby", ...
  std::string name;
  std::string module;  // full module/package path when it differs from name (go.mod)
  std::string description;
  std::string version;
  std::string license;  // as written (an SPDX expression in most ecosystems)
  std::string homepage;
  std::string repository;
  std::vector<std::string> keywords;
  std::vector<ManifestDependency> dependencies;  // runtime only: dev/test/build excluded
  // True when the format makes "no runtime dependencies listed" mean "zero runtime
  // dependencies" (package.json, Cargo.toml, go.mod, a present dependency section).
  bool are_dependencies_complete = false;
};

// True when a file at `path` (repository-relative) is a manifest ParseManifest reads. Only
// top-level manifests count, except *.csproj/*.cabal/*.gemspec which may sit one folder down.
bool IsManifestPath(std::string_view path);

// Errors: kInput when the file is not valid for its format (the message names the file).
core::Result<Manifest> ParseManifest(const std::string& path, std::string_view text);

// Per-format parsers (one file per format family). REQUIRES: `out.path` is set.
core::Status ParseJsonManifest(std::string_view text, Manifest& out);  // package/composer.json
core::Status ParseTomlManifest(std::string_view text, Manifest& out);  // Cargo, pyproject
core::Status ParseXmlManifest(std::string_view text, Manifest& out);   // pom.xml, *.csproj
core::Status ParseTextManifest(std::string_view text, Manifest& out);  // the line-based rest

// "name>=1.0; extra" -> {"name", ">=1.0"} (PEP 508 requirement strings).
ManifestDependency SplitRequirement(std::string_view requirement);

}  // namespace repopost::ingest
