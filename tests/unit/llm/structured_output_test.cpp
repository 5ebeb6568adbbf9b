#include "llm/structured_output.h"

#include <gtest/gtest.h>

namespace repopost::llm {
namespace {

TEST(FindFirstJsonObject, SkipsProseAndCodeFences) {
  auto found = FindFirstJsonObject("Sure! Here it is:\n```json\n{\"post\": \"a {b} c\"}\n```\nBye");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(*found, "{\"post\": \"a {b} c\"}");
}

TEST(FindFirstJsonObject, SkipsBracesThatAreNotJson) {
  auto found = FindFirstJsonObject("use {curly} then {\"ok\": true}");
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(*found, "{\"ok\": true}");
  EXPECT_FALSE(FindFirstJsonObject("no json here {").has_value());
  EXPECT_FALSE(FindFirstJsonObject("").has_value());
}

constexpr const char* kSchema = R"({
  "type": "object", "additionalProperties": false,
  "required": ["post", "hooks"],
  "properties": {
    "post": {"type": "string"},
    "hooks": {"type": "array", "minItems": 2, "items": {"type": "string"}},
    "tone": {"enum": ["minimal", "balanced"]},
    "caption": {"type": ["string", "null"]}
  }})";

TEST(CheckAgainstSchema, AcceptsAMatchingObject) {
  EXPECT_TRUE(CheckAgainstSchema(R"({"post":"x","hooks":["a","b"],"caption":null})", kSchema));
}

TEST(CheckAgainstSchema, NamesTheOffendingField) {
  struct Case {
    const char* answer;
    const char* field;
  };
  const Case cases[] = {
      {R"({"hooks":["a","b"]})", "post"},
      {R"({"post":1,"hooks":["a","b"]})", "post"},
      {R"({"post":"x","hooks":["a",2]})", "hooks[1]"},
      {R"({"post":"x","hooks":["a"]})", "hooks"},
      {R"({"post":"x","hooks":["a","b"],"tone":"loud"})", "tone"},
      {R"({"post":"x","hooks":["a","b"],"extra":1})", "extra"},
      {R"([1,2])", "$"},
  };
  for (const Case& c : cases) {
    auto checked = CheckAgainstSchema(c.answer, kSchema);
    ASSERT_FALSE(checked.has_value()) << c.answer;
    EXPECT_EQ(checked.error().status, LlmStatus::kInvalidOutput);
    EXPECT_NE(checked.error().message.find(c.field), std::string::npos) << checked.error().message;
  }
}

}  // namespace
}  // namespace repopost::llm
