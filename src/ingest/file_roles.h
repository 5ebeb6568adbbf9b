// FileRoles: which tracked files play which part (README, changelog, licence, docs page,
// example, manifest), chosen from the sorted file list by name alone.
#pragma once

#include <string>
#include <vector>

#include "ingest/repo_reader.h"

namespace repopost::ingest {

struct ExampleEntry {
  std::string name;         // "basic.sh" or "server" (a folder)
  std::string source_path;  // the file whose first meaningful line describes it
};

struct FileRoles {
  std::string readme;  // "" when the repository has none
  std::string changelog;
  std::string license;
  std::vector<std::string> docs;       // docs/ and doc/ pages (Markdown, RST, text), capped
  std::vector<ExampleEntry> examples;  // direct children of examples/, example/, samples/
  std::vector<std::string> manifests;  // in priority order (the first names the project)
};

inline constexpr std::size_t kMaxDocsPages = 30;
inline constexpr std::size_t kMaxExamples = 20;

FileRoles ClassifyFiles(const std::vector<TreeFile>& files);

}  // namespace repopost::ingest
