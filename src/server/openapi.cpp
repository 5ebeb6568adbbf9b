#include "server/openapi.h"

#include <nlohmann/json.hpp>

#include "generate/post_options.h"
#include "server/route_table.h"
#include "store/feedback_store.h"

namespace repopost::server {
namespace {

using nlohmann::json;

json Enum(const std::string& choices) {
  json values = json::array();
  std::size_t start = 0;
  while (start <= choices.size()) {
    auto end = choices.find('|', start);
    values.push_back(choices.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return {{"type", "string"}, {"enum", values}};
}

json Object(json properties, json required = json::array()) {
  return {
      {"type", "object"}, {"properties", std::move(properties)}, {"required", std::move(required)}};
}

json Ref(std::string_view name) { return {{"$ref", "#/components/schemas/" + std::string(name)}}; }

json Schemas() {
  json s;
  const json str = {{"type", "string"}};
  const json strings = {{"type", "array"}, {"items", str}};
  const json number = {{"type", "number"}};
  s["Options"] = Object({{"style", Enum(generate::StyleChoices())},
                         {"tone", Enum(generate::ToneChoices())},
                         {"hook", Enum(generate::HookTypeChoices())},
                         {"hashtags", {{"type", "boolean"}}},
                         {"caption_asset", str},
                         {"seed", {{"type", "integer"}, {"minimum", 0}}}});
  s["GenerateRequest"] =
      Object({{"source", Object({{"location", str}, {"text", str}, {"text_name", str}})},
              {"options", Ref("Options")},
              {"offline", {{"type", "boolean"}}}},
             {"source"});
  s["RefineRequest"] =
      Object({{"action", str}, {"use_hook", str}, {"text", str}, {"base_version_id", str}});
  s["FeedbackRequest"] = Object({{"type", Enum(store::FeedbackTypeChoices())},
                                 {"rating", {{"type", "integer"}, {"minimum", 1}, {"maximum", 5}}},
                                 {"comment", str},
                                 {"version_id", str}},
                                {"type"});
  s["BatchRequest"] =
      Object({{"name", str}, {"sources", strings}, {"options", Ref("Options")}}, {"sources"});
  s["Claim"] = Object({{"text", str}, {"verdict", str}, {"evidence_ids", strings}});
  s["Safety"] = Object({{"verdict", str},
                        {"confidence", {{"type", "number"}}},
                        {"policy_hits", {{"type", "integer"}}},
                        {"unsupported_claims", {{"type", "integer"}}},
                        {"signal", Enum("safe|states-nothing|not-safe")},
                        {"claims", {{"type", "array"}, {"items", Ref("Claim")}}}});
  s["Version"] = Object({{"id", str},
                         {"generation_id", str},
                         {"seq", {{"type", "integer"}}},
                         {"parent_id", str},
                         {"text", str},
                         {"characters", {{"type", "integer"}, {"description", "UTF-16 units"}}},
                         {"hashtags", strings},
                         {"caption", str},
                         {"reason", Enum("generate|refine|manual-edit|rewrite")},
                         {"safety", {{"oneOf", {Ref("Safety"), {{"type", "null"}}}}}},
                         {"created_at", str}});
  s["VersionList"] = Object({{"versions", {{"type", "array"}, {"items", Ref("Version")}}}});
  s["Feedback"] = Object({{"id", str},
                          {"version_id", str},
                          {"type", Enum(store::FeedbackTypeChoices())},
                          {"rating", {{"type", {"integer", "null"}}}},
                          {"comment", str}});
  s["Post"] = Object(
      {{"id", str},
       {"style", str},
       {"tone", str},
       {"hook", str},
       {"writer", Enum("llm|template")},
       {"latest", Ref("Version")},
       {"versions", {{"type", "array"}, {"items", Ref("Version")}}},
       {"feedback", {{"type", "array"}, {"items", Ref("Feedback")}}},
       {"attempts", {{"type", "array"}, {"items", {{"type", "object"}}}}},
       {"details",
        {{"type", {"object", "null"}}, {"description", "facts, hook options, documents, notes"}}}});
  s["PostList"] = Object({{"posts",
                           {{"type", "array"},
                            {"items", Object({{"id", str},
                                              {"style", str},
                                              {"tone", str},
                                              {"hook", str},
                                              {"writer", str},
                                              {"created_at", str},
                                              {"version_count", {{"type", "integer"}}},
                                              {"latest", Ref("Version")}})}}}});
  s["FeedbackOutcome"] =
      Object({{"feedback", Ref("Feedback")},
              {"note", str},
              {"new_version", Ref("Version")},
              {"hooks",
               {{"type", "array"},
                {"items", Object({{"type", str}, {"text", str}, {"engagement_score", number}})}}}});
  s["MetricsSeries"] = Object(
      {{"points",
        {{"type", "array"},
         {"items", Object({{"id", str},
                           {"created_at", str},
                           {"duration_ms", {{"type", "integer"}}},
                           {"writer", str},
                           {"fell_back", {{"type", "boolean"}}},
                           {"quality_score", {{"type", {"number", "null"}}}},
                           {"safety_confidence", {{"type", {"number", "null"}}}},
                           {"unsupported_claims", {{"type", "integer"}}},
                           {"policy_hits", {{"type", "integer"}}}})}}},
       {"baseline_points", {{"type", "integer"}}},
       {"drift",
        {{"type", "array"},
         {"items", Object({{"metric", Enum("quality_score|safety_confidence|generation_seconds")},
                           {"index", {{"type", "integer"}}},
                           {"generation_id", str},
                           {"level", Enum("warn|alert")},
                           {"reason", Enum("ewma|cusum|psi")},
                           {"value", number},
                           {"baseline_mean", number}})}}},
       {"days", {{"type", "array"}, {"items", {{"type", "object"}}}}},
       {"alerts", {{"type", "array"}, {"items", {{"type", "object"}}}}}});
  s["Diff"] = Object({{"from", str},
                      {"to", str},
                      {"pieces",
                       {{"type", "array"},
                        {"items", Object({{"op", Enum("keep|insert|delete")}, {"text", str}})}}}});
  s["Batch"] = Object({{"id", str},
                       {"name", str},
                       {"queued", {{"type", "integer"}}},
                       {"running", {{"type", "integer"}}},
                       {"done", {{"type", "integer"}}},
                       {"dead", {{"type", "integer"}}},
                       {"finished", {{"type", "boolean"}}},
                       {"items", {{"type", "array"}, {"items", {{"type", "object"}}}}}});
  s["Health"] = Object({{"status", Enum("ok|degraded")},
                        {"active_tier", str},
                        {"degraded", {{"type", "boolean"}}},
                        {"providers", strings},
                        {"queued_jobs", {{"type", "integer"}}}});
  s["Problem"] = Object({{"type", str},
                         {"title", str},
                         {"status", {{"type", "integer"}}},
                         {"detail", str},
                         {"instance", str},
                         {"code", str}});
  return s;
}

json Operation(const Route& route) {
  json op = {{"summary", route.summary}};
  if (route.scope) {
    op["security"] = json::array({{{"apiKey", json::array({ToString(*route.scope)})}}});
    op["x-scope"] = ToString(*route.scope);
  } else {
    op["security"] = json::array();
  }
  json params = json::array();
  std::string_view pattern = route.pattern;
  for (auto open = pattern.find('{'); open != std::string_view::npos;
       open = pattern.find('{', open + 1)) {
    auto close = pattern.find('}', open);
    params.push_back({{"name", std::string(pattern.substr(open + 1, close - open - 1))},
                      {"in", "path"},
                      {"required", true},
                      {"schema", {{"type", "string"}}}});
  }
  const auto query = [&params](const char* name, bool required, const char* type) {
    params.push_back(
        {{"name", name}, {"in", "query"}, {"required", required}, {"schema", {{"type", type}}}});
  };
  if (route.pattern == "/v1/posts/{id}/diff") query("against", true, "string");
  if (route.pattern == "/v1/posts/{id}/export") {
    query("format", false, "string");
    query("version", false, "string");
    query("author", false, "string");
  }
  if (route.pattern == "/v1/posts" && route.method == HttpMethod::kGet) {
    query("limit", false, "integer");
    query("before", false, "string");
  }
  if (route.pattern == "/v1/metrics/series") query("limit", false, "integer");
  if (!params.empty()) op["parameters"] = params;
  if (!route.request_schema.empty()) {
    op["requestBody"] = {
        {"required", true},
        {"content", {{"application/json", {{"schema", Ref(route.request_schema)}}}}}};
  }
  json success = {{"description", "Success"}};
  json content;
  content[std::string(route.response_type)] =
      route.response_schema.empty() ? json::object() : json{{"schema", Ref(route.response_schema)}};
  if (route.pattern == "/v1/posts" && route.method == HttpMethod::kPost) {
    content["text/event-stream"] = {
        {"description",
         "events: progress {stage, message} and, from an LLM writer, token {text} (the post as "
         "it arrives) and restart {} (discard the streamed text), then result (Post) or error "
         "(Problem)"}};
  }
  success["content"] = content;
  json responses;
  responses[std::to_string(route.success_status)] = success;
  responses["default"] = {
      {"description", "Error"},
      {"content", {{"application/problem+json", {{"schema", Ref("Problem")}}}}}};
  op["responses"] = responses;
  return op;
}

}  // namespace

std::string OpenApiDocument() {
  json paths = json::object();
  for (const Route& route : Routes()) {
    std::string method(ToString(route.method));
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    paths[std::string(route.pattern)][method] = Operation(route);
  }
  json doc = {{"openapi", "3.1.0"},
              {"info", {{"title", "repopost"}, {"version", "0.1.0"}}},
              {"paths", paths},
              {"components",
               {{"schemas", Schemas()},
                {"securitySchemes", {{"apiKey", {{"type", "http"}, {"scheme", "bearer"}}}}}}}};
  return doc.dump(2);
}

}  // namespace repopost::server
