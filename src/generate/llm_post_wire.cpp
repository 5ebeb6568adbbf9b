#include "generate/llm_post_wire.h"

#include <nlohmann/json.hpp>

#include "generate/spec_table.h"

namespace repopost::generate {
namespace {

using nlohmann::json;

core::Result<std::string> StringField(const json& object, const char* key, bool required) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) {
    if (required)
      return core::Fail(core::ErrorCode::kInput,
                        std::string("the answer has no \"") + key + "\" field");
    return std::string();
  }
  if (!it->is_string()) {
    return core::Fail(core::ErrorCode::kInput,
                      std::string("the answer's \"") + key + "\" is not a string");
  }
  return it->get<std::string>();
}

core::Result<std::vector<std::string>> StringList(const json& value, const std::string& where) {
  std::vector<std::string> out;
  if (value.is_null()) return out;
  if (value.is_string()) {  // a model that wrote "#A #B" instead of a list
    out.push_back(value.get<std::string>());
    return out;
  }
  if (!value.is_array())
    return core::Fail(core::ErrorCode::kInput, "the answer's " + where + " is not a list");
  for (const json& item : value) {
    if (!item.is_string()) {
      return core::Fail(core::ErrorCode::kInput,
                        "the answer's " + where + " holds a non-string item");
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

}  // namespace

std::string_view HookKey(HookType hook) {
  switch (hook) {
    case HookType::kCuriosity:
      return "curiosity";
    case HookType::kBoldClaim:
      return "bold_claim";
    case HookType::kStory:
      return "story";
    case HookType::kContrarian:
      return "contrarian";
    case HookType::kEmotional:
      return "emotional";
  }
  return "curiosity";
}

const std::string& LlmPostSchemaJson() {
  static const std::string schema = [] {
    json hook_props = json::object();
    json hook_required = json::array();
    for (HookType hook : AllHookTypes()) {
      hook_props[std::string(HookKey(hook))] = {{"type", "string"}};
      hook_required.push_back(std::string(HookKey(hook)));
    }
    json claim = {{"type", "object"},
                  {"properties",
                   {{"text", {{"type", "string"}}},
                    {"evidence", {{"type", "array"}, {"items", {{"type", "string"}}}}}}},
                  {"required", {"text", "evidence"}},
                  {"additionalProperties", false}};
    json schema_json = {{"type", "object"},
                        {"properties",
                         {{"post", {{"type", "string"}}},
                          {"hooks",
                           {{"type", "object"},
                            {"properties", hook_props},
                            {"required", hook_required},
                            {"additionalProperties", false}}},
                          {"hashtags", {{"type", "array"}, {"items", {{"type", "string"}}}}},
                          {"caption", {{"type", "string"}}},
                          {"claims", {{"type", "array"}, {"items", claim}}}}},
                        {"required", {"post", "hooks", "hashtags", "caption", "claims"}},
                        {"additionalProperties", false}};
    return schema_json.dump();
  }();
  return schema;
}

core::Result<LlmPostAnswer> ParseLlmPostAnswer(std::string_view json_text) {
  json root = json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) {
    return core::Fail(core::ErrorCode::kInput, "the answer is not a JSON object");
  }
  LlmPostAnswer answer;
  auto post = StringField(root, "post", true);
  if (!post) return tl::unexpected(post.error());
  if (post->find_first_not_of(" \t\r\n") == std::string::npos) {
    return core::Fail(core::ErrorCode::kInput, "the answer's \"post\" is empty");
  }
  answer.post = std::move(*post);
  auto caption = StringField(root, "caption", false);
  if (!caption) return tl::unexpected(caption.error());
  answer.caption = std::move(*caption);

  if (auto hooks = root.find("hooks"); hooks != root.end() && !hooks->is_null()) {
    if (!hooks->is_object())
      return core::Fail(core::ErrorCode::kInput, "the answer's \"hooks\" is not an object");
    for (HookType hook : AllHookTypes()) {
      auto text = StringField(*hooks, std::string(HookKey(hook)).c_str(), false);
      if (!text)
        return core::Fail(core::ErrorCode::kInput,
                          "the answer's hooks." + std::string(HookKey(hook)) + " is not a string");
      if (!text->empty()) answer.hooks[hook] = std::move(*text);
    }
  }
  if (auto tags = root.find("hashtags"); tags != root.end()) {
    auto list = StringList(*tags, "\"hashtags\"");
    if (!list) return tl::unexpected(list.error());
    answer.hashtags = std::move(*list);
  }
  if (auto claims = root.find("claims"); claims != root.end() && !claims->is_null()) {
    if (!claims->is_array())
      return core::Fail(core::ErrorCode::kInput, "the answer's \"claims\" is not a list");
    for (const json& item : *claims) {
      if (!item.is_object())
        return core::Fail(core::ErrorCode::kInput,
                          "the answer's \"claims\" holds a non-object item");
      auto text = StringField(item, "text", true);
      if (!text)
        return core::Fail(core::ErrorCode::kInput, "a claim in the answer has no \"text\" string");
      LlmClaim claim{std::move(*text), {}};
      if (auto evidence = item.find("evidence"); evidence != item.end()) {
        auto ids = StringList(*evidence, "claims[].evidence");
        if (!ids) return tl::unexpected(ids.error());
        claim.evidence_ids = std::move(*ids);
      }
      answer.claims.push_back(std::move(claim));
    }
  }
  return answer;
}

}  // namespace repopost::generate
