#include "index/embeddings_wire.h"

#include <nlohmann/json.hpp>

namespace repopost::index {
namespace {

using nlohmann::json;

core::Error Malformed(const std::string& what) {
  return core::Error{core::ErrorCode::kProvider,
                     "The embeddings response is malformed: " + what + "."};
}

}  // namespace

std::string EmbeddingsRequestJson(std::string_view model, const std::vector<std::string>& inputs) {
  json request;
  request["model"] = std::string(model);
  request["input"] = inputs;
  return request.dump(-1, ' ', false, json::error_handler_t::replace);
}

core::Result<std::vector<Embedding>> ParseEmbeddingsResponse(std::string_view body,
                                                             std::size_t expected_count) {
  const json root = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return tl::unexpected(Malformed("the body is not JSON"));
  if (!root.is_object() || !root.contains("data") || !root["data"].is_array()) {
    return tl::unexpected(Malformed("field \"data\" is missing or not an array"));
  }
  const json& data = root["data"];
  if (data.size() != expected_count) {
    return tl::unexpected(Malformed("field \"data\" has " + std::to_string(data.size()) +
                                    " items for " + std::to_string(expected_count) + " inputs"));
  }
  std::vector<Embedding> out(expected_count);
  std::vector<bool> seen(expected_count, false);
  for (std::size_t position = 0; position < data.size(); ++position) {
    const json& item = data[position];
    const std::string where = "data[" + std::to_string(position) + "]";
    std::size_t index = position;
    if (item.contains("index")) {
      if (!item["index"].is_number_unsigned()) {
        return tl::unexpected(Malformed(where + ".index is not a non-negative integer"));
      }
      index = item["index"].get<std::size_t>();
    }
    if (index >= expected_count || seen[index]) {
      return tl::unexpected(Malformed(where + ".index is out of range or repeated"));
    }
    seen[index] = true;
    if (!item.contains("embedding") || !item["embedding"].is_array() || item["embedding"].empty()) {
      return tl::unexpected(Malformed(where + ".embedding is missing or not a non-empty array"));
    }
    Embedding& vector = out[index];
    vector.reserve(item["embedding"].size());
    for (const json& value : item["embedding"]) {
      if (!value.is_number()) {
        return tl::unexpected(Malformed(where + ".embedding holds a value that is not a number"));
      }
      vector.push_back(value.get<float>());
    }
  }
  return out;
}

std::string EmbeddingsErrorMessage(std::string_view body) {
  const json root = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object() || !root.contains("error")) return "";
  const json& error = root["error"];
  if (error.is_string()) return error.get<std::string>();
  if (error.is_object() && error.contains("message") && error["message"].is_string()) {
    return error["message"].get<std::string>();
  }
  return "";
}

}  // namespace repopost::index
