#include "profile/profile_input.h"

#include <algorithm>
#include <cstdlib>

#include "profile/clean_text.h"

namespace repopost::profile {
namespace {

// The language a manifest's ecosystem builds.
std::vector<std::string_view> LanguagesOf(const std::string& ecosystem) {
  if (ecosystem == "npm") return {"JavaScript", "TypeScript"};
  if (ecosystem == "cargo") return {"Rust"};
  if (ecosystem == "python") return {"Python"};
  if (ecosystem == "go") return {"Go"};
  if (ecosystem == "maven" || ecosystem == "gradle") return {"Java", "Kotlin", "Scala"};
  if (ecosystem == "ruby") return {"Ruby"};
  if (ecosystem == "swift") return {"Swift"};
  if (ecosystem == "cmake") return {"C++", "C"};
  if (ecosystem == "composer") return {"PHP"};
  if (ecosystem == "mix") return {"Elixir"};
  if (ecosystem == "cabal") return {"Haskell"};
  if (ecosystem == "dotnet" || ecosystem == "nuget") return {"C#", "F#"};
  return {};
}

bool IsRootPath(const std::string& path) { return path.find('/') == std::string::npos; }

// A manifest that builds the project's website or docs, not the product ("sprocket-website",
// a private package.json of Docusaurus, VitePress, Nextra...).
bool IsDocsSite(const ingest::Manifest& m, const std::string& text) {
  const std::string name = LowerAscii(m.name);
  if (name.ends_with("-website") || name.ends_with("-docs") || name.ends_with("-site") ||
      name == "website" || name == "docs" || name == "documentation") {
    return true;
  }
  const std::string lower = LowerAscii(text);
  return ContainsAny(lower, {"docusaurus", "vitepress", "nextra", "vuepress", "mkdocs",
                             "@astrojs/starlight", "gatsby-theme"}) &&
         lower.find("\"private\": true") != std::string::npos;
}

std::string BaseName(std::string path) {
  while (!path.empty() && path.back() == '/') path.pop_back();
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

ProfileInput ProfileInput::From(const core::FactSheet& sheet) {
  ProfileInput input;
  input.sheet = &sheet;
  for (const core::Document& d : sheet.documents) {
    if (d.kind == core::SourceKind::kReadme) {
      input.readme_document = &d;
      input.readme = ReadmeModel::Build(d);
      break;
    }
  }
  // Pasted or uploaded text (release notes, an announcement) is read like a README.
  for (const core::Document& d : sheet.documents) {
    if (input.readme_document != nullptr) break;
    if (d.kind == core::SourceKind::kUserText) {
      input.readme_document = &d;
      input.readme = ReadmeModel::Build(d);
    }
  }
  std::vector<const core::Fact*> languages = sheet.All(core::FactKind::kLanguage);
  std::stable_sort(
      languages.begin(), languages.end(), [](const core::Fact* a, const core::Fact* b) {
        return std::strtod(a->detail.c_str(), nullptr) > std::strtod(b->detail.c_str(), nullptr);
      });
  for (const core::Fact* f : languages) input.languages.push_back(f->value);

  std::vector<ingest::Manifest> manifests;
  for (const core::Document& d : sheet.documents) {
    if (d.kind != core::SourceKind::kManifest || !IsRootPath(d.provenance.path)) continue;
    auto parsed = ingest::ParseManifest(d.provenance.path, d.text);
    if (parsed && !IsDocsSite(*parsed, d.text)) manifests.push_back(std::move(*parsed));
  }
  // Rule 1: the root manifest of the dominant language. Rule 2: the first root manifest that
  // names a package (the ingest order: the language's own manifest before build files).
  for (const std::string& language : input.languages) {
    for (const ingest::Manifest& m : manifests) {
      const auto langs = LanguagesOf(m.ecosystem);
      if (std::find(langs.begin(), langs.end(), language) != langs.end()) {
        input.manifest = m;
        input.manifest_why = m.path + " builds " + language + ", the main language";
        break;
      }
    }
    if (input.manifest) break;
    break;  // only the dominant language decides
  }
  if (!input.manifest) {
    for (const ingest::Manifest& m : manifests) {
      if (!m.name.empty()) {
        input.manifest = m;
        input.manifest_why = m.path + " is the first root manifest that names a package";
        break;
      }
    }
  }
  if (const core::Fact* url = sheet.First(core::FactKind::kRepositoryUrl);
      url != nullptr && url->value.find("github.com/") != std::string::npos) {
    input.source_name = BaseName(url->value);
  }
  const bool is_text = input.readme_document != nullptr &&
                       input.readme_document->kind == core::SourceKind::kUserText;
  if (input.source_name.empty() && !is_text && !sheet.source.empty() && sheet.source != "text" &&
      sheet.source != "-") {
    input.source_name = BaseName(sheet.source);
    if (input.source_name == "." || input.source_name == "..") input.source_name.clear();
  }
  if (input.source_name.empty() && !is_text) {
    for (const core::Fact* f : sheet.All(core::FactKind::kProjectName)) {
      if (f->provenance.field == "directory name") input.source_name = f->value;
    }
  }
  // A checkout named "owner+name" (as archive and mirror tools name them): the name part.
  if (const std::size_t plus = input.source_name.find('+');
      plus != std::string::npos && plus + 1 < input.source_name.size()) {
    input.source_name = input.source_name.substr(plus + 1);
  }
  return input;
}

}  // namespace repopost::profile
