// package.json (npm) and composer.json (PHP), through nlohmann_json.
#include <nlohmann/json.hpp>

#include "ingest/manifest.h"

namespace repopost::ingest {
namespace {

using nlohmann::json;

// A string field, or the named member of an object field ({"type": "MIT"} licences,
// {"url": ...} repositories).
std::string StringField(const json& doc, const char* key, const char* member = "type") {
  auto it = doc.find(key);
  if (it == doc.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_object()) {
    auto sub = it->find(member);
    if (sub != it->end() && sub->is_string()) return sub->get<std::string>();
  }
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
  return "";
}

void Dependencies(const json& doc, const char* key, bool skip_platform, Manifest& out) {
  auto it = doc.find(key);
  if (it == doc.end() || !it->is_object()) return;
  for (const auto& [name, constraint] : it->items()) {
    if (skip_platform && (name == "php" || name.rfind("ext-", 0) == 0)) continue;
    out.dependencies.push_back(
        {name, constraint.is_string() ? constraint.get<std::string>() : std::string()});
  }
}

}  // namespace

core::Status ParseJsonManifest(std::string_view text, Manifest& out) {
  json doc = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return core::Fail(core::ErrorCode::kInput, out.path + " is not valid JSON.");
  }
  const bool is_composer = out.path.find("composer.json") != std::string::npos;
  out.ecosystem = is_composer ? "composer" : "npm";
  out.name = StringField(doc, "name");
  out.description = StringField(doc, "description");
  out.version = StringField(doc, "version");
  out.license = StringField(doc, "license");
  out.homepage = StringField(doc, "homepage", "url");
  out.repository = StringField(doc, "repository", "url");
  if (auto it = doc.find("keywords"); it != doc.end() && it->is_array()) {
    for (const json& keyword : *it) {
      if (keyword.is_string()) out.keywords.push_back(keyword.get<std::string>());
    }
  }
  Dependencies(doc, is_composer ? "require" : "dependencies", is_composer, out);
  // A manifest without the field says nothing about dependencies: "unknown", not zero.
  out.are_dependencies_complete = doc.contains(is_composer ? "require" : "dependencies");
  return core::Ok();
}

}  // namespace repopost::ingest
