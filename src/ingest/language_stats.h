// LanguageStats: programming languages of a repository by bytes of tracked files, as GitHub
// reports them. Files are mapped by extension (or well-known name); vendored, generated,
// third-party, node_modules and minified files are excluded, and so are prose and data formats
// (Markdown, JSON, YAML), which are not "languages the project is written in".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/repo_reader.h"

namespace repopost::ingest {

struct LanguageShare {
  std::string language;
  std::size_t bytes = 0;
  std::size_t files = 0;
  double share = 0.0;  // of all counted bytes, 0..1
};

// The language a path is written in, or nullopt for unmapped and excluded paths.
std::optional<std::string_view> LanguageOf(std::string_view path);

// True for vendored, generated, third-party, dependency and minified paths.
bool IsExcludedFromLanguages(std::string_view path);

// Shares sorted by bytes, largest first; empty when no file maps to a language. ".h" files
// count as C++ when the repository has more C++ than C sources.
std::vector<LanguageShare> ComputeLanguageShares(const std::vector<TreeFile>& files);

}  // namespace repopost::ingest
