// ParseLlmPostAnswer: the one lenient reader of a model's answer. Every deviation real models
// make with the product's prompt is kept as a usable answer and named in `deviations`; only an
// answer with no post text fails.
#include "generate/llm_post_wire.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace repopost::generate {
namespace {

using nlohmann::json;

json Complete() {
  return {{"post", "ripgrep searches recursively.\n\nTry it: cargo install ripgrep"},
          {"hooks",
           {{"curiosity", "What makes a grep fast?"},
            {"bold_claim", "ripgrep is generally faster than grep."},
            {"story", "It began with one commit."},
            {"contrarian", "You don't need ack."},
            {"emotional", "Fast feels good."}}},
          {"hashtags", {"#OpenSource", "#Rust"}},
          {"caption", ""},
          {"claims", {{{"sentence", 2}, {"evidence", {"f1", "c3"}}}}}};
}

bool Mentions(const LlmPostAnswer& answer, std::string_view what) {
  for (const std::string& deviation : answer.deviations) {
    if (deviation.find(what) != std::string::npos) return true;
  }
  return false;
}

TEST(ParseLlmPostAnswer, TheAskedForShapeHasNoDeviations) {
  auto answer = ParseLlmPostAnswer(Complete().dump());
  ASSERT_TRUE(answer) << answer.error().message;
  EXPECT_TRUE(answer->deviations.empty()) << answer->deviations.front();
  EXPECT_EQ(answer->hooks.size(), 5u);
  ASSERT_EQ(answer->claims.size(), 1u);
  EXPECT_EQ(answer->claims[0].sentence, 2);
  EXPECT_EQ(answer->claims[0].evidence_ids, (std::vector<std::string>{"f1", "c3"}));
}

TEST(ParseLlmPostAnswer, MissingOptionalFieldsAreKept) {
  json root = Complete();
  root.erase("caption");
  root.erase("hooks");
  root.erase("claims");
  auto answer = ParseLlmPostAnswer(root.dump());
  ASSERT_TRUE(answer) << answer.error().message;
  EXPECT_TRUE(answer->hooks.empty());
  EXPECT_TRUE(Mentions(*answer, "no \"hooks\""));
}

TEST(ParseLlmPostAnswer, ExtraFieldsAnywhereAreIgnored) {
  json root = Complete();
  root["tone"] = "balanced";
  root["claims"][0]["confidence"] = 0.9;
  root["hooks"]["question"] = "Why?";
  auto answer = ParseLlmPostAnswer(root.dump());
  ASSERT_TRUE(answer) << answer.error().message;
  EXPECT_EQ(answer->claims.size(), 1u);
  EXPECT_TRUE(Mentions(*answer, "extra field \"tone\""));
}

TEST(ParseLlmPostAnswer, StringsWhereListsBelongAreSplit) {
  json root = Complete();
  root["hashtags"] = "#OpenSource #Rust, #CLI";
  root["claims"][0]["evidence"] = "f1, f2";
  auto answer = ParseLlmPostAnswer(root.dump());
  ASSERT_TRUE(answer) << answer.error().message;
  EXPECT_EQ(answer->hashtags, (std::vector<std::string>{"#OpenSource", "#Rust", "#CLI"}));
  EXPECT_EQ(answer->claims[0].evidence_ids, (std::vector<std::string>{"f1", "f2"}));
}

TEST(ParseLlmPostAnswer, OlderClaimsThatRepeatTheSentenceStillCount) {
  json root = Complete();
  root["claims"] = {{{"text", "ripgrep searches recursively."}, {"evidence", {"f1"}}},
                    {{"text", "no ids here"}}};
  auto answer = ParseLlmPostAnswer(root.dump());
  ASSERT_TRUE(answer) << answer.error().message;
  ASSERT_EQ(answer->claims.size(), 1u);  // a claim citing nothing carries nothing
  EXPECT_EQ(answer->claims[0].text, "ripgrep searches recursively.");
}

TEST(ParseLlmPostAnswer, PrefaceAndCodeFenceAroundTheObject) {
  std::string text = "Sure! Here is your post:\n```json\n" + Complete().dump(2) + "\n```\n";
  auto answer = ParseLlmPostAnswer(text);
  ASSERT_TRUE(answer) << answer.error().message;
  EXPECT_TRUE(Mentions(*answer, "around the JSON object"));
}

TEST(ParseLlmPostAnswer, WrongTypesInsideAreSkippedNotFatal) {
  json root = Complete();
  root["hooks"]["story"] = json::array({"one", "two"});
  root["hashtags"] = {"#Rust", 3};
  root["caption"] = 7;
  auto answer = ParseLlmPostAnswer(root.dump());
  ASSERT_TRUE(answer) << answer.error().message;
  EXPECT_EQ(answer->hooks.size(), 4u);
  EXPECT_EQ(answer->hashtags, (std::vector<std::string>{"#Rust"}));
  EXPECT_TRUE(answer->caption.empty());
}

TEST(ParseLlmPostAnswer, ThePostUnderAnotherKeyOrAsParagraphs) {
  json other = Complete();
  other["text"] = other["post"];
  other.erase("post");
  auto under_text = ParseLlmPostAnswer(other.dump());
  ASSERT_TRUE(under_text) << under_text.error().message;
  EXPECT_NE(under_text->post.find("ripgrep"), std::string::npos);

  json paragraphs = Complete();
  paragraphs["post"] = {"First paragraph.", "Second paragraph."};
  auto joined = ParseLlmPostAnswer(paragraphs.dump());
  ASSERT_TRUE(joined) << joined.error().message;
  EXPECT_EQ(joined->post, "First paragraph.\n\nSecond paragraph.");
}

TEST(ParseLlmPostAnswer, AnAnswerCutAfterACompletePostKeepsThePost) {
  // Models write "post" first; the cut falls inside the hooks that follow it.
  std::string cut = "{\"post\": " + Complete()["post"].dump() +
                    ", \"hooks\": {\"curiosity\": \"What makes a grep fa";
  auto answer = ParseLlmPostAnswer(cut);
  ASSERT_TRUE(answer) << answer.error().message;
  EXPECT_EQ(answer->post, Complete()["post"].get<std::string>());
  EXPECT_TRUE(Mentions(*answer, "cut short"));
}

TEST(ParseLlmPostAnswer, AnAnswerCutInsideThePostFails) {
  std::string whole = Complete().dump();
  std::string cut = whole.substr(0, whole.find("recursively"));
  EXPECT_FALSE(ParseLlmPostAnswer(cut));
}

TEST(ParseLlmPostAnswer, NoPostTextOrNoJsonFails) {
  json root = Complete();
  root["post"] = "   ";
  EXPECT_FALSE(ParseLlmPostAnswer(root.dump()));
  EXPECT_FALSE(ParseLlmPostAnswer("I cannot help with that."));
}

TEST(LlmPostSchemaJson, ClaimsAreCompact) {
  json schema = json::parse(LlmPostSchemaJson());
  json claim = schema["properties"]["claims"]["items"];
  EXPECT_TRUE(claim["properties"].contains("sentence"));
  EXPECT_FALSE(claim["properties"].contains("text"));
  EXPECT_EQ(schema["additionalProperties"], false);
}

}  // namespace
}  // namespace repopost::generate
