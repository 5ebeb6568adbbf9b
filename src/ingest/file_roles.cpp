#include "ingest/file_roles.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <string_view>

#include "ingest/manifest.h"
#include "ingest/secret_redaction.h"

namespace repopost::ingest {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Stem(const std::string& lower_name) {
  const std::size_t dot = lower_name.find('.');
  return dot == std::string::npos ? lower_name : lower_name.substr(0, dot);
}

std::string Extension(const std::string& lower_name) {
  const std::size_t dot = lower_name.rfind('.');
  return dot == std::string::npos ? "" : lower_name.substr(dot + 1);
}

bool IsTextExtension(const std::string& ext) {
  return ext.empty() || ext == "md" || ext == "markdown" || ext == "mdown" || ext == "mkd" ||
         ext == "rst" || ext == "rest" || ext == "txt" || ext == "text" || ext == "mdx";
}

// Lower rank wins: README.md before README.rst before README.txt before README; a translated
// README (README.zh-CN.md) only when nothing else exists.
int ReadmeRank(const std::string& lower_name) {
  if (Stem(lower_name) != "readme") return -1;
  const std::string ext = Extension(lower_name);
  if (!IsTextExtension(ext) && ext != "adoc" && ext != "org") return -1;
  const bool translated = std::count(lower_name.begin(), lower_name.end(), '.') > 1;
  int rank = ext == "md"                                           ? 0
             : ext == "markdown" || ext == "mdown" || ext == "mkd" ? 1
             : ext == "rst"                                        ? 2
             : ext == "txt"                                        ? 3
             : ext.empty()                                         ? 4
                                                                   : 5;
  return rank + (translated ? 10 : 0);
}

int ChangelogRank(const std::string& lower_name) {
  static constexpr std::array<std::string_view, 9> kStems = {
      "changelog",     "changes",       "history",      "news",      "releases",
      "release-notes", "release_notes", "releasenotes", "change_log"};
  const std::string stem = Stem(lower_name);
  for (std::size_t i = 0; i < kStems.size(); ++i) {
    if (stem == kStems[i] && IsTextExtension(Extension(lower_name))) return static_cast<int>(i);
  }
  return -1;
}

bool IsLicenseName(const std::string& lower_name) {
  const std::string stem = Stem(lower_name);
  return (stem == "license" || stem == "licence" || stem == "copying" || stem == "unlicense" ||
          stem == "license-mit" || stem == "license_mit") &&
         IsTextExtension(Extension(lower_name));
}

int ManifestRank(const std::string& path) {
  static constexpr std::array<std::string_view, 12> kOrder = {
      "package.json",     "Cargo.toml",    "pyproject.toml", "setup.cfg",
      "go.mod",           "composer.json", "pom.xml",        "build.gradle",
      "build.gradle.kts", "mix.exs",       "Package.swift",  "CMakeLists.txt"};
  for (std::size_t i = 0; i < kOrder.size(); ++i) {
    if (path == kOrder[i]) return static_cast<int>(i);
  }
  return static_cast<int>(kOrder.size()) +
         static_cast<int>(std::count(path.begin(), path.end(), '/'));
}

bool IsExampleRoot(std::string_view dir) {
  return dir == "examples" || dir == "example" || dir == "samples" || dir == "sample";
}

}  // namespace

FileRoles ClassifyFiles(const std::vector<TreeFile>& files) {
  FileRoles roles;
  int readme_rank = 1 << 20, changelog_rank = 1 << 20;
  std::map<std::string, ExampleEntry> examples;
  for (const TreeFile& file : files) {
    const std::string& path = file.path;
    if (HoldsCredentials(path)) continue;  // never read, whatever role its name suggests
    const std::size_t slash = path.find('/');
    const std::string lower = Lower(path);
    if (slash == std::string::npos) {
      if (int r = ReadmeRank(lower); r >= 0 && r < readme_rank) {
        readme_rank = r;
        roles.readme = path;
      }
      if (int r = ChangelogRank(lower); r >= 0 && r < changelog_rank) {
        changelog_rank = r;
        roles.changelog = path;
      }
      if (roles.license.empty() && IsLicenseName(lower)) roles.license = path;
    }
    if (IsManifestPath(path)) roles.manifests.push_back(path);
    const std::string top = slash == std::string::npos ? "" : lower.substr(0, slash);
    if ((top == "docs" || top == "doc") && roles.docs.size() < kMaxDocsPages) {
      const std::string ext = Extension(lower);
      if (ext == "md" || ext == "markdown" || ext == "rst" || ext == "txt" || ext == "mdx") {
        roles.docs.push_back(path);
      }
      if (roles.changelog.empty() && ChangelogRank(lower.substr(slash + 1)) >= 0)
        roles.changelog = path;
    }
    if (slash != std::string::npos && IsExampleRoot(top)) {
      const std::string rest = path.substr(slash + 1);
      const std::size_t next = rest.find('/');
      const std::string name = next == std::string::npos ? rest : rest.substr(0, next);
      // Files that run the folder rather than demonstrate anything are not examples.
      const std::string lower_name = Lower(name);
      if (name.empty() || name[0] == '.' || ReadmeRank(lower_name) >= 0 ||
          lower_name == "cmakelists.txt" || lower_name == "makefile" ||
          lower_name == "package.json" || lower_name == "requirements.txt") {
        continue;
      }
      auto [it, inserted] = examples.emplace(name, ExampleEntry{name, path});
      // A folder is described by its README when it has one, else by its first file.
      if (!inserted && ReadmeRank(Lower(rest.substr(next + 1))) >= 0 &&
          rest.find('/', next + 1) == std::string::npos) {
        it->second.source_path = path;
      }
    }
  }
  for (auto& [name, entry] : examples) {
    if (roles.examples.size() >= kMaxExamples) break;
    roles.examples.push_back(std::move(entry));
  }
  std::stable_sort(
      roles.manifests.begin(), roles.manifests.end(),
      [](const std::string& a, const std::string& b) { return ManifestRank(a) < ManifestRank(b); });
  return roles;
}

}  // namespace repopost::ingest
