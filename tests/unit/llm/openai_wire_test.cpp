#include "llm/openai_wire.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace repopost::llm {
namespace {

using nlohmann::json;

ChatRequest TwoMessages() {
  ChatRequest request;
  request.messages = {{Role::kSystem, "be brief"}, {Role::kUser, "hi"}};
  request.temperature = 0.2;
  request.max_tokens = 50;
  return request;
}

TEST(OpenAiWire, EncodesMessagesModelAndSampling) {
  auto body = EncodeChatRequest(TwoMessages(), {"m1", ResponseFormatKind::kNone, true});
  ASSERT_TRUE(body.has_value());
  json parsed = json::parse(*body);
  EXPECT_EQ(parsed["model"], "m1");
  EXPECT_EQ(parsed["messages"][0]["role"], "system");
  EXPECT_EQ(parsed["messages"][1]["content"], "hi");
  EXPECT_DOUBLE_EQ(parsed["temperature"].get<double>(), 0.2);
  EXPECT_EQ(parsed["max_tokens"], 50);
  EXPECT_FALSE(parsed.contains("response_format"));
  EXPECT_FALSE(parsed.contains("stream"));
}

TEST(OpenAiWire, EncodesTheDegradedResponseFormat) {
  ChatRequest request = TwoMessages();
  request.response_format = ResponseFormat::JsonSchema("post", R"({"type":"object"})");
  request.stream = true;
  json schema =
      json::parse(*EncodeChatRequest(request, {"m", ResponseFormatKind::kJsonSchema, true}));
  EXPECT_EQ(schema["response_format"]["type"], "json_schema");
  EXPECT_EQ(schema["response_format"]["json_schema"]["name"], "post");
  EXPECT_EQ(schema["response_format"]["json_schema"]["schema"]["type"], "object");
  EXPECT_EQ(schema["stream"], true);
  EXPECT_EQ(schema["stream_options"]["include_usage"], true);
  json object =
      json::parse(*EncodeChatRequest(request, {"m", ResponseFormatKind::kJsonObject, false}));
  EXPECT_EQ(object["response_format"]["type"], "json_object");
  EXPECT_FALSE(object.contains("stream_options"));
}

TEST(OpenAiWire, RejectsABrokenSchemaAndNoMessages) {
  ChatRequest request = TwoMessages();
  request.response_format = ResponseFormat::JsonSchema("post", "{not json");
  EXPECT_EQ(EncodeChatRequest(request, {"m", ResponseFormatKind::kJsonSchema, true}).error().status,
            LlmStatus::kBadRequest);
  EXPECT_FALSE(EncodeChatRequest(ChatRequest{}, {"m", ResponseFormatKind::kNone, true}));
}

TEST(OpenAiWire, DecodesAResponse) {
  auto response = DecodeChatResponse(R"({"model":"llama","choices":[{"message":
      {"role":"assistant","content":"Hi"},"finish_reason":"length"}],
      "usage":{"prompt_tokens":12,"completion_tokens":3}})");
  ASSERT_TRUE(response.has_value()) << response.error().message;
  EXPECT_EQ(response->content, "Hi");
  EXPECT_EQ(response->finish_reason, FinishReason::kLength);
  EXPECT_EQ(response->usage.input_tokens, 12);
  EXPECT_EQ(response->usage.output_tokens, 3);
  EXPECT_EQ(response->model, "llama");
}

TEST(OpenAiWire, NamesTheFieldWithTheWrongType) {
  struct Case {
    const char* body;
    const char* field;
  };
  const Case cases[] = {
      {R"({"choices":[{"message":{"content":42}}]})", "choices[0].message.content"},
      {R"({"choices":{}})", "choices"},
      {R"({"choices":[{"message":{"content":"x"}}],"usage":{"prompt_tokens":"12"}})",
       "usage.prompt_tokens"},
      {R"({"choices":[{"message":{"content":"x"},"finish_reason":7}]})",
       "choices[0].finish_reason"},
      {R"({"choices":[]})", "choices"},
  };
  for (const Case& c : cases) {
    auto response = DecodeChatResponse(c.body);
    ASSERT_FALSE(response.has_value()) << c.body;
    EXPECT_EQ(response.error().status, LlmStatus::kMalformedResponse);
    EXPECT_NE(response.error().message.find(c.field), std::string::npos)
        << response.error().message;
  }
  EXPECT_EQ(DecodeChatResponse("{oops").error().status, LlmStatus::kMalformedResponse);
}

TEST(OpenAiWire, DecodesStreamEvents) {
  auto delta =
      DecodeStreamEvent(R"({"choices":[{"delta":{"content":"He"},"finish_reason":null}]})");
  ASSERT_TRUE(delta.has_value());
  EXPECT_EQ(delta->content, "He");
  EXPECT_FALSE(delta->finish_reason.has_value());
  auto usage =
      DecodeStreamEvent(R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":9}})");
  ASSERT_TRUE(usage.has_value());
  EXPECT_EQ(usage->usage->output_tokens, 9);
  auto groq = DecodeStreamEvent(R"({"choices":[{"delta":{},"finish_reason":"stop"}],
      "x_groq":{"usage":{"prompt_tokens":4,"completion_tokens":2}}})");
  ASSERT_TRUE(groq.has_value());
  EXPECT_EQ(groq->finish_reason, FinishReason::kStop);
  EXPECT_EQ(groq->usage->input_tokens, 4);
  EXPECT_TRUE(DecodeStreamEvent("[DONE]")->done);
  EXPECT_EQ(DecodeStreamEvent(R"({"error":{"message":"overloaded"}})").error().status,
            LlmStatus::kServerError);
}

TEST(OpenAiWire, ReadsErrorMessagesFromEveryShape) {
  EXPECT_EQ(DecodeErrorMessage(R"({"error":{"message":"bad key","code":"invalid_api_key"}})"),
            "bad key (invalid_api_key)");
  EXPECT_EQ(DecodeErrorMessage(R"({"error":"model not found"})"), "model not found");
  EXPECT_EQ(DecodeErrorMessage("upstream\nfailed"), "upstream failed");
  EXPECT_LE(DecodeErrorMessage(std::string(1000, 'x')).size(), 300u);
}

}  // namespace
}  // namespace repopost::llm
