#include "index/embeddings_wire.h"

#include <gtest/gtest.h>

namespace repopost::index {
namespace {

TEST(EmbeddingsWire, RequestCarriesModelAndInputs) {
  EXPECT_EQ(EmbeddingsRequestJson("m", {"a", "b\"c"}), R"({"input":["a","b\"c"],"model":"m"})");
}

TEST(EmbeddingsWire, ParsesDataByIndex) {
  const auto vectors = ParseEmbeddingsResponse(
      R"({"data":[{"index":1,"embedding":[3,4]},{"index":0,"embedding":[1,0]}],"model":"m"})", 2);
  ASSERT_TRUE(vectors.has_value()) << vectors.error().message;
  EXPECT_EQ((*vectors)[0], (Embedding{1.0f, 0.0f}));
  EXPECT_EQ((*vectors)[1], (Embedding{3.0f, 4.0f}));
}

struct BadCase {
  const char* body;
  const char* names;  // part of the error message
};

TEST(EmbeddingsWire, MalformedResponsesNameTheField) {
  for (const BadCase& c :
       {BadCase{"not json", "not JSON"}, BadCase{R"({"object":"list"})", "\"data\""},
        BadCase{R"({"data":[]})", "0 items for 1"},
        BadCase{R"({"data":[{"index":5,"embedding":[1]}]})", "data[0].index"},
        BadCase{R"({"data":[{"index":0}]})", "data[0].embedding"},
        BadCase{R"({"data":[{"index":0,"embedding":["x"]}]})", "not a number"},
        BadCase{R"({"data":[{"index":-1,"embedding":[1]}]})", "data[0].index"}}) {
    const auto vectors = ParseEmbeddingsResponse(c.body, 1);
    ASSERT_FALSE(vectors.has_value()) << c.body;
    EXPECT_EQ(vectors.error().code, core::ErrorCode::kProvider);
    EXPECT_NE(vectors.error().message.find(c.names), std::string::npos) << vectors.error().message;
  }
}

TEST(EmbeddingsWire, ReadsServerErrorMessages) {
  EXPECT_EQ(EmbeddingsErrorMessage(R"({"error":{"message":"bad key"}})"), "bad key");
  EXPECT_EQ(EmbeddingsErrorMessage(R"({"error":"overloaded"})"), "overloaded");
  EXPECT_EQ(EmbeddingsErrorMessage("<html>"), "");
}

}  // namespace
}  // namespace repopost::index
