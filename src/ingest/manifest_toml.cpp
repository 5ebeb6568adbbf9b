// Cargo.toml and pyproject.toml (PEP 621 [project] or [tool.poetry]), through toml++.
// Debian's toml++ is built with exceptions, so its parse error is caught here and becomes a value.
#include <toml++/toml.h>

#include "ingest/manifest.h"

namespace repopost::ingest {
namespace {

std::string Str(const toml::node_view<const toml::node>& node) {
  if (auto s = node.value<std::string>()) return *s;
  if (auto table = node.as_table()) {  // license = {text = "MIT"} / {file = ...}
    if (auto text = (*table)["text"].value<std::string>()) return *text;
  }
  return "";
}

std::vector<std::string> Strings(const toml::node_view<const toml::node>& node) {
  std::vector<std::string> out;
  if (auto array = node.as_array()) {
    for (const auto& item : *array) {
      if (auto s = item.value<std::string>()) out.push_back(*s);
    }
  }
  return out;
}

// [dependencies] tables: name = "1.0" or name = { version = "1.0", ... }.
void TableDependencies(const toml::node_view<const toml::node>& node, Manifest& out) {
  auto table = node.as_table();
  if (table == nullptr) return;
  for (const auto& [key, value] : *table) {
    std::string constraint;
    if (auto s = value.value<std::string>()) {
      constraint = *s;
    } else if (auto t = value.as_table()) {
      constraint = (*t)["version"].value_or(std::string());
    }
    if (key.str() == "python") continue;  // poetry's interpreter constraint
    out.dependencies.push_back({std::string(key.str()), constraint});
  }
}

void Cargo(const toml::table& doc, Manifest& out) {
  out.ecosystem = "cargo";
  auto package = doc["package"];
  out.name = Str(package["name"]);
  out.version = Str(package["version"]);
  out.description = Str(package["description"]);
  out.license = Str(package["license"]);
  out.homepage = Str(package["homepage"]);
  out.repository = Str(package["repository"]);
  out.keywords = Strings(package["keywords"]);
  TableDependencies(doc["dependencies"], out);
  out.are_dependencies_complete = package.is_table();
}

void Pyproject(const toml::table& doc, Manifest& out) {
  out.ecosystem = "python";
  auto project = doc["project"];
  auto poetry = doc["tool"]["poetry"];
  auto source = project.is_table() ? project : poetry;
  out.name = Str(source["name"]);
  out.version = Str(source["version"]);
  out.description = Str(source["description"]);
  out.license = Str(source["license"]);
  out.keywords = Strings(source["keywords"]);
  out.homepage = Str(source["homepage"]);
  if (out.homepage.empty()) out.homepage = Str(project["urls"]["Homepage"]);
  if (out.homepage.empty()) out.homepage = Str(project["urls"]["homepage"]);
  out.repository = Str(source["repository"]);
  if (out.repository.empty()) out.repository = Str(project["urls"]["Repository"]);
  if (project.is_table()) {
    for (const std::string& requirement : Strings(project["dependencies"])) {
      out.dependencies.push_back(SplitRequirement(requirement));
    }
    out.are_dependencies_complete = project["dependencies"].is_array();
  } else {
    TableDependencies(poetry["dependencies"], out);
    out.are_dependencies_complete = poetry["dependencies"].is_table();
  }
}

}  // namespace

core::Status ParseTomlManifest(std::string_view text, Manifest& out) {
  toml::table doc;
  try {
    doc = toml::parse(text, out.path);
  } catch (const toml::parse_error& error) {
    return core::Fail(core::ErrorCode::kInput,
                      out.path + " is not valid TOML (" + std::string(error.description()) + ").");
  }
  if (out.path.find("Cargo.toml") != std::string::npos) {
    Cargo(doc, out);
  } else {
    Pyproject(doc, out);
  }
  return core::Ok();
}

}  // namespace repopost::ingest
