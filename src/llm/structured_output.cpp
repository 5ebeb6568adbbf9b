#include "llm/structured_output.h"

#include <nlohmann/json.hpp>

namespace repopost::llm {
namespace {

using nlohmann::json;

// The end (one past '}') of the balanced object starting at `start`, or npos.
std::size_t BalancedEnd(std::string_view text, std::size_t start) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = start; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '{')
      ++depth;
    else if (c == '}' && --depth == 0)
      return i + 1;
  }
  return std::string_view::npos;
}

bool MatchesType(const json& value, std::string_view type) {
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "string") return value.is_string();
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  if (type == "boolean") return value.is_boolean();
  if (type == "null") return value.is_null();
  return true;  // unknown type names do not reject
}

LlmResult<void> Invalid(const std::string& path, const std::string& what) {
  return LlmFail(LlmStatus::kInvalidOutput, "the answer does not match the schema: " +
                                                (path.empty() ? "$" : path) + ": " + what);
}

LlmResult<void> Check(const json& value, const json& schema, const std::string& path);

LlmResult<void> CheckType(const json& value, const json& schema, const std::string& path) {
  auto type = schema.find("type");
  if (type == schema.end()) return {};
  if (type->is_string()) {
    if (!MatchesType(value, type->get<std::string>())) {
      return Invalid(path, "expected " + type->get<std::string>() + ", got " + value.type_name());
    }
    return {};
  }
  if (type->is_array()) {
    for (const json& t : *type) {
      if (t.is_string() && MatchesType(value, t.get<std::string>())) return {};
    }
    return Invalid(path, "expected one of " + type->dump() + ", got " + value.type_name());
  }
  return {};
}

LlmResult<void> CheckObject(const json& value, const json& schema, const std::string& path) {
  const std::string prefix = path.empty() ? "" : path + ".";
  if (auto required = schema.find("required"); required != schema.end() && required->is_array()) {
    for (const json& key : *required) {
      if (key.is_string() && !value.contains(key.get<std::string>())) {
        return Invalid(prefix + key.get<std::string>(), "required field is missing");
      }
    }
  }
  auto properties = schema.find("properties");
  bool closed = schema.value("additionalProperties", true) == false;
  for (const auto& [key, child] : value.items()) {
    if (properties != schema.end() && properties->is_object() && properties->contains(key)) {
      if (auto ok = Check(child, (*properties)[key], prefix + key); !ok) return ok;
    } else if (closed) {
      return Invalid(prefix + key, "field is not allowed");
    }
  }
  return {};
}

LlmResult<void> CheckArray(const json& value, const json& schema, const std::string& path) {
  if (auto min = schema.find("minItems");
      min != schema.end() && min->is_number_integer() && value.size() < min->get<std::size_t>()) {
    return Invalid(path, "expected at least " + min->dump() + " items");
  }
  if (auto max = schema.find("maxItems");
      max != schema.end() && max->is_number_integer() && value.size() > max->get<std::size_t>()) {
    return Invalid(path, "expected at most " + max->dump() + " items");
  }
  auto items = schema.find("items");
  if (items == schema.end() || !items->is_object()) return {};
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (auto ok = Check(value[i], *items, path + "[" + std::to_string(i) + "]"); !ok) return ok;
  }
  return {};
}

LlmResult<void> Check(const json& value, const json& schema, const std::string& path) {
  if (!schema.is_object()) return {};
  if (auto ok = CheckType(value, schema, path); !ok) return ok;
  if (auto options = schema.find("enum"); options != schema.end() && options->is_array()) {
    bool found = false;
    for (const json& option : *options) found = found || option == value;
    if (!found) return Invalid(path, "value " + value.dump() + " is not one of " + options->dump());
  }
  if (value.is_object()) return CheckObject(value, schema, path);
  if (value.is_array()) return CheckArray(value, schema, path);
  return {};
}

}  // namespace

std::optional<std::string> FindFirstJsonObject(std::string_view text) {
  for (std::size_t start = text.find('{'); start != std::string_view::npos;
       start = text.find('{', start + 1)) {
    std::size_t end = BalancedEnd(text, start);
    if (end == std::string_view::npos) continue;
    std::string_view candidate = text.substr(start, end - start);
    if (json::accept(candidate)) return std::string(candidate);
  }
  return std::nullopt;
}

LlmResult<void> CheckAgainstSchema(std::string_view json_text, std::string_view schema_json) {
  json schema = json::parse(schema_json, nullptr, false);
  if (schema.is_discarded()) return LlmFail(LlmStatus::kBadRequest, "the schema is not valid JSON");
  json value = json::parse(json_text, nullptr, false);
  if (value.is_discarded())
    return LlmFail(LlmStatus::kInvalidOutput, "the answer is not valid JSON");
  return Check(value, schema, "");
}

}  // namespace repopost::llm
