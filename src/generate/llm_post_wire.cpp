#include "generate/llm_post_wire.h"

#include <array>
#include <nlohmann/json.hpp>

#include "generate/spec_table.h"
#include "llm/structured_output.h"

namespace repopost::generate {
namespace {

using nlohmann::json;

constexpr std::array<const char*, 4> kPostKeys{"post", "linkedin_post", "text", "content"};
constexpr std::array<const char*, 3> kPostTextKeys{"text", "body", "content"};

bool Blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Splits "#A #B, #C" or "f1, f2" into its items.
std::vector<std::string> SplitItems(const std::string& text) {
  std::vector<std::string> out;
  std::string item;
  for (char c : text + " ") {
    if (c == ' ' || c == ',' || c == '\n' || c == '\t' || c == ';') {
      if (!item.empty()) out.push_back(std::move(item));
      item.clear();
    } else {
      item += c;
    }
  }
  return out;
}

// A list of strings from a list (non-strings skipped) or one string of items.
std::vector<std::string> Strings(const json& value, const std::string& where,
                                 std::vector<std::string>& deviations) {
  std::vector<std::string> out;
  if (value.is_string()) {
    deviations.push_back(where + " was a string, not a list");
    return SplitItems(value.get<std::string>());
  }
  if (!value.is_array()) {
    if (!value.is_null()) deviations.push_back(where + " was " + value.type_name() + "; ignored");
    return out;
  }
  for (const json& item : value) {
    if (item.is_string()) {
      out.push_back(item.get<std::string>());
    } else {
      deviations.push_back(where + " held a non-string item; skipped");
    }
  }
  return out;
}

// The post text: a string, a list of paragraphs, or an object holding the text.
std::string PostText(const json& value, std::vector<std::string>& deviations) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string joined;
    for (const json& part : value) {
      if (part.is_string()) joined += (joined.empty() ? "" : "\n\n") + part.get<std::string>();
    }
    deviations.push_back("\"post\" was a list of paragraphs");
    return joined;
  }
  if (value.is_object()) {
    for (const char* key : kPostTextKeys) {
      if (auto it = value.find(key); it != value.end() && it->is_string()) {
        deviations.push_back(std::string("\"post\" was an object; used its \"") + key + "\"");
        return it->get<std::string>();
      }
    }
  }
  return "";
}

void ReadHooks(const json& root, LlmPostAnswer& answer) {
  auto hooks = root.find("hooks");
  if (hooks == root.end() || hooks->is_null()) {
    answer.deviations.push_back("no \"hooks\"");
    return;
  }
  if (!hooks->is_object()) {
    answer.deviations.push_back("\"hooks\" was " + std::string(hooks->type_name()) + "; ignored");
    return;
  }
  for (HookType hook : AllHookTypes()) {
    auto it = hooks->find(std::string(HookKey(hook)));
    if (it == hooks->end()) continue;
    if (it->is_string() && !it->get<std::string>().empty()) {
      answer.hooks[hook] = it->get<std::string>();
    } else if (!it->is_string()) {
      answer.deviations.push_back("hooks." + std::string(HookKey(hook)) + " was not a string");
    }
  }
}

// Claims in the compact form {"sentence": n, "evidence": [...]} or the older
// {"text": "...", "evidence": [...]}; items without evidence ids carry nothing and are skipped.
void ReadClaims(const json& root, LlmPostAnswer& answer) {
  auto claims = root.find("claims");
  if (claims == root.end() || claims->is_null()) return;
  if (!claims->is_array()) {
    answer.deviations.push_back("\"claims\" was not a list; ignored");
    return;
  }
  for (const json& item : *claims) {
    if (!item.is_object()) {
      answer.deviations.push_back("a claim was not an object; skipped");
      continue;
    }
    LlmClaim claim;
    if (auto text = item.find("text"); text != item.end() && text->is_string()) {
      claim.text = text->get<std::string>();
    }
    if (auto sentence = item.find("sentence"); sentence != item.end()) {
      if (sentence->is_number_integer()) claim.sentence = sentence->get<int>();
    }
    for (const char* key : {"evidence", "ids", "facts"}) {
      if (auto ids = item.find(key); ids != item.end()) {
        claim.evidence_ids = Strings(*ids, std::string("claims[].") + key, answer.deviations);
        break;
      }
    }
    if (!claim.evidence_ids.empty()) answer.claims.push_back(std::move(claim));
  }
}

// The value of a complete "post" string in a JSON text cut short, or "".
std::string CompletePostString(std::string_view text) {
  for (const char* key : kPostKeys) {
    const std::string quoted = std::string("\"") + key + "\"";
    std::size_t at = text.find(quoted);
    if (at == std::string_view::npos) continue;
    std::size_t colon = text.find_first_not_of(" \t\r\n", at + quoted.size());
    if (colon == std::string_view::npos || text[colon] != ':') continue;
    std::size_t open = text.find_first_not_of(" \t\r\n", colon + 1);
    if (open == std::string_view::npos || text[open] != '"') continue;
    for (std::size_t i = open + 1; i < text.size(); ++i) {
      if (text[i] == '\\') {
        ++i;
      } else if (text[i] == '"') {
        json literal = json::parse(text.substr(open, i + 1 - open), nullptr, false);
        return literal.is_string() ? literal.get<std::string>() : "";
      }
    }
  }
  return "";
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
                   {{"sentence", {{"type", "integer"}}},
                    {"evidence", {{"type", "array"}, {"items", {{"type", "string"}}}}}}},
                  {"required", {"sentence", "evidence"}},
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

core::Result<LlmPostAnswer> ParseLlmPostAnswer(std::string_view answer_text) {
  auto object = llm::FindFirstJsonObject(answer_text);
  if (!object) {
    if (std::string post = CompletePostString(answer_text); !Blank(post)) {
      LlmPostAnswer answer;
      answer.post = std::move(post);
      answer.deviations.push_back("the answer was cut short; its post was complete and kept");
      return answer;
    }
    return core::Fail(core::ErrorCode::kInput, "the answer holds no JSON object");
  }
  json root = json::parse(*object, nullptr, /*allow_exceptions=*/false);
  LlmPostAnswer answer;
  if (object->size() + 8 < answer_text.size()) {
    answer.deviations.push_back("text around the JSON object was dropped");
  }
  for (const char* key : kPostKeys) {
    if (auto it = root.find(key); it != root.end()) {
      answer.post = PostText(*it, answer.deviations);
      if (std::string_view(key) != "post") {
        answer.deviations.push_back(std::string("the post was under \"") + key + "\"");
      }
      break;
    }
  }
  if (Blank(answer.post)) {  // the object found may be an inner one of an answer cut short
    answer.post = CompletePostString(answer_text);
    if (Blank(answer.post)) {
      return core::Fail(core::ErrorCode::kInput, "the answer has no \"post\" text");
    }
    answer.deviations.push_back("the answer was cut short; its post was complete and kept");
    return answer;
  }
  if (auto caption = root.find("caption"); caption != root.end() && caption->is_string()) {
    answer.caption = caption->get<std::string>();
  }
  ReadHooks(root, answer);
  if (auto tags = root.find("hashtags"); tags != root.end()) {
    answer.hashtags = Strings(*tags, "\"hashtags\"", answer.deviations);
  }
  ReadClaims(root, answer);
  for (const auto& [key, value] : root.items()) {
    bool known = key == "hooks" || key == "hashtags" || key == "caption" || key == "claims";
    for (const char* post_key : kPostKeys) known = known || key == post_key;
    if (!known) answer.deviations.push_back("an extra field \"" + key + "\" was ignored");
  }
  return answer;
}

}  // namespace repopost::generate
