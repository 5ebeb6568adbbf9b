#include "ingest/manifest_facts.h"

#include <algorithm>

namespace repopost::ingest {
namespace {

constexpr std::size_t kMaxKeywords = 20;
constexpr std::size_t kMaxDependencies = 50;

std::string FileName(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string NormaliseRepositoryUrl(const std::string& text) {
  std::string url = text;
  if (url.rfind("git+", 0) == 0) url = url.substr(4);
  if (url.rfind("git://", 0) == 0) url = "https://" + url.substr(6);
  if (url.rfind("git@", 0) == 0) {  // git@github.com:o/r.git
    const std::size_t colon = url.find(':');
    if (colon == std::string::npos) return "";
    url = "https://" + url.substr(4, colon - 4) + "/" + url.substr(colon + 1);
  }
  if (url.rfind("github:", 0) == 0) url = "https://github.com/" + url.substr(7);
  if (url.find("://") == std::string::npos) {
    const bool is_shorthand = std::count(url.begin(), url.end(), '/') == 1 &&
                              url.find(' ') == std::string::npos && url.front() != '/';
    if (!is_shorthand) return "";
    url = "https://github.com/" + url;
  }
  if (url.size() > 4 && url.compare(url.size() - 4, 4, ".git") == 0) url.resize(url.size() - 4);
  return url;
}

void AddManifestFacts(const Manifest& manifest, const core::Provenance& file, bool is_primary,
                      core::FactSheet& sheet) {
  const std::string prefix = FileName(manifest.path) + ":";
  auto at = [&](const std::string& field) {
    core::Provenance p = file;
    p.field = prefix + field;
    return p;
  };
  const bool is_go = manifest.ecosystem == "go";
  if (is_primary && !manifest.name.empty()) {
    sheet.Add(core::FactKind::kProjectName, manifest.name, at(is_go ? "module" : "name"),
              manifest.module);
  }
  if (!manifest.description.empty()) {
    sheet.Add(core::FactKind::kDescription, manifest.description, at("description"));
  }
  if (!manifest.version.empty())
    sheet.Add(core::FactKind::kVersion, manifest.version, at("version"));
  if (!manifest.license.empty())
    sheet.Add(core::FactKind::kLicense, manifest.license, at("license"));
  if (!manifest.homepage.empty())
    sheet.Add(core::FactKind::kHomepage, manifest.homepage, at("homepage"));
  if (std::string url = NormaliseRepositoryUrl(manifest.repository); !url.empty()) {
    sheet.Add(core::FactKind::kRepositoryUrl, url, at(is_go ? "module" : "repository"));
  }
  for (std::size_t i = 0; i < manifest.keywords.size() && i < kMaxKeywords; ++i) {
    sheet.Add(core::FactKind::kKeyword, manifest.keywords[i], at("keywords"));
  }
  const std::string dependency_field = manifest.ecosystem == "npm"        ? "dependencies"
                                       : manifest.ecosystem == "go"       ? "require"
                                       : manifest.ecosystem == "composer" ? "require"
                                                                          : "dependencies";
  for (std::size_t i = 0; i < manifest.dependencies.size() && i < kMaxDependencies; ++i) {
    sheet.Add(core::FactKind::kDependency, manifest.dependencies[i].name, at(dependency_field),
              manifest.dependencies[i].constraint);
  }
  if (manifest.are_dependencies_complete || !manifest.dependencies.empty()) {
    sheet.Add(core::FactKind::kDependencyCount, std::to_string(manifest.dependencies.size()),
              at(dependency_field), manifest.ecosystem);
  }
}

}  // namespace repopost::ingest
