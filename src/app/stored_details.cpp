#include "app/stored_details.h"

#include <nlohmann/json.hpp>

namespace repopost::app {
namespace {

core::Error Damaged(std::string_view field, std::string_view what) {
  return {core::ErrorCode::kStore, "The stored details of this post are damaged: \"" +
                                       std::string(field) + "\" is not " + std::string(what) + "."};
}

core::Result<std::string> StringField(const nlohmann::json& object, const char* name,
                                      std::string_view where) {
  if (!object.contains(name)) return std::string();
  const auto& value = object[name];
  if (!value.is_string()) return tl::unexpected(Damaged(std::string(where) + name, "a string"));
  return value.get<std::string>();
}

core::Result<generate::HookOption> HookOptionFromJson(const nlohmann::json& hook) {
  if (!hook.is_object()) return tl::unexpected(Damaged("hook_options[]", "an object"));
  auto type_name = StringField(hook, "type", "hook_options[].");
  if (!type_name) return tl::unexpected(type_name.error());
  auto type = generate::ParseHookType(*type_name);
  if (!type) return tl::unexpected(Damaged("hook_options[].type", "a hook type"));
  auto text = StringField(hook, "text", "hook_options[].");
  if (!text) return tl::unexpected(text.error());
  generate::HookOption option{*type, std::move(*text), {}};
  if (hook.contains("fact_ids")) {
    if (!hook["fact_ids"].is_array()) {
      return tl::unexpected(Damaged("hook_options[].fact_ids", "an array"));
    }
    for (const auto& id : hook["fact_ids"]) {
      if (!id.is_string()) return tl::unexpected(Damaged("hook_options[].fact_ids[]", "a string"));
      option.fact_ids.push_back(id.get<std::string>());
    }
  }
  return option;
}

core::Result<core::Fact> FactFromJson(const nlohmann::json& fact) {
  if (!fact.is_object()) return tl::unexpected(Damaged("facts[]", "an object"));
  core::Fact out;
  for (auto [name, field] : {std::pair{"id", &out.id}, std::pair{"value", &out.value},
                             std::pair{"detail", &out.detail}}) {
    auto value = StringField(fact, name, "facts[].");
    if (!value) return tl::unexpected(value.error());
    *field = std::move(*value);
  }
  auto kind_name = StringField(fact, "kind", "facts[].");
  if (!kind_name) return tl::unexpected(kind_name.error());
  auto kind = core::ParseFactKind(*kind_name);
  if (!kind) return tl::unexpected(Damaged("facts[].kind", "a fact kind"));
  out.kind = *kind;
  return out;
}

}  // namespace

core::Result<StoredDetails> StoredDetailsFromJson(std::string_view details) {
  StoredDetails out;
  if (details.empty()) return out;
  const nlohmann::json parsed = nlohmann::json::parse(details, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) return tl::unexpected(Damaged("details", "a JSON object"));
  for (auto [name, field] : {std::pair{"style", &out.style}, std::pair{"tone", &out.tone},
                             std::pair{"source", &out.source}}) {
    auto value = StringField(parsed, name, "");
    if (!value) return tl::unexpected(value.error());
    *field = std::move(*value);
  }
  if (parsed.contains("hook_options")) {
    if (!parsed["hook_options"].is_array()) {
      return tl::unexpected(Damaged("hook_options", "an array"));
    }
    for (const auto& hook : parsed["hook_options"]) {
      auto option = HookOptionFromJson(hook);
      if (!option) return tl::unexpected(option.error());
      out.hook_options.push_back(std::move(*option));
    }
  }
  if (parsed.contains("hook_ranking")) {
    if (!parsed["hook_ranking"].is_array()) {
      return tl::unexpected(Damaged("hook_ranking", "an array"));
    }
    for (const auto& hook : parsed["hook_ranking"]) {
      auto option = HookOptionFromJson(hook);
      if (!option) return tl::unexpected(option.error());
      if (!hook.contains("engagement_score") || !hook["engagement_score"].is_number()) {
        return tl::unexpected(Damaged("hook_ranking[].engagement_score", "a number"));
      }
      out.hook_ranking.push_back(
          {option->type, std::move(option->text), hook["engagement_score"].get<double>()});
    }
  }
  if (parsed.contains("facts")) {
    if (!parsed["facts"].is_array()) return tl::unexpected(Damaged("facts", "an array"));
    for (const auto& fact : parsed["facts"]) {
      auto one = FactFromJson(fact);
      if (!one) return tl::unexpected(one.error());
      out.facts.push_back(std::move(*one));
    }
  }
  return out;
}

}  // namespace repopost::app
