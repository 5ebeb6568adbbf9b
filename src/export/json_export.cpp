#include "export/json_export.h"

#include <nlohmann/json.hpp>

#include "text/utf8.h"

namespace repopost::exports {
namespace {

using nlohmann::json;

void Put(json& obj, const char* key, const std::string& value) {
  if (!value.empty()) obj[key] = text::SanitizeUtf8(value);
}

json ToJson(const ExportInput& p) {
  json obj = json::object();
  Put(obj, "id", p.id);
  obj["text"] = text::SanitizeUtf8(p.text);
  Put(obj, "hook", p.HookLine());
  obj["hashtags"] = p.hashtags;
  Put(obj, "caption", p.caption);
  Put(obj, "style", p.style);
  Put(obj, "tone", p.tone);
  Put(obj, "hook_type", p.hook_type);
  Put(obj, "source", p.source);
  Put(obj, "created_at", p.created_at);
  if (p.quality) obj["quality"] = *p.quality;
  if (p.safety_confidence) obj["safety_confidence"] = *p.safety_confidence;
  return obj;
}

}  // namespace

std::string RenderJson(const std::vector<ExportInput>& posts) {
  if (posts.size() == 1) return ToJson(posts[0]).dump(2) + "\n";
  json all = json::array();
  for (const ExportInput& p : posts) all.push_back(ToJson(p));
  return all.dump(2) + "\n";
}

}  // namespace repopost::exports
