#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace repopost::text {
namespace {

// "text/kind" for whole tokens, "+text" for parts: compact enough for table rows.
std::vector<std::string> Describe(std::string_view input) {
  std::vector<std::string> out;
  for (const Token& token : Tokenize(input)) {
    if (token.is_part) {
      out.push_back("+" + token.text);
    } else {
      out.push_back(token.text + "/" + std::string(ToString(token.kind)));
    }
  }
  return out;
}

struct Case {
  const char* input;
  std::vector<std::string> expected;
};

class TokenizerTable : public testing::TestWithParam<Case> {};

TEST_P(TokenizerTable, SplitsAsExpected) {
  EXPECT_EQ(Describe(GetParam().input), GetParam().expected) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, TokenizerTable,
    testing::Values(
        Case{"Hello, World!", {"hello/word", "world/word"}},
        Case{"parseHttpResponse", {"parsehttpresponse/identifier", "+parse", "+http", "+response"}},
        Case{"HTTPServer", {"httpserver/identifier", "+http", "+server"}},
        Case{"XMLHttpRequest", {"xmlhttprequest/identifier", "+xml", "+http", "+request"}},
        Case{"snake_case_name", {"snake_case_name/identifier", "+snake", "+case", "+name"}},
        Case{"x86_64 utf8", {"x86_64/identifier", "+x86", "+64", "utf8/word"}},
        Case{"getV2Api", {"getv2api/identifier", "+get", "+v2", "+api"}},
        Case{"README.md", {"readme.md/identifier", "+readme", "+md"}},
        Case{"std::vector", {"std::vector/identifier", "+std", "+vector"}},
        Case{"single-header", {"single-header/identifier", "+single", "+header"}},
        Case{"v1.2.3 and 0.54.3", {"v1.2.3/version", "and/word", "0.54.3/version"}},
        Case{"2.0.0-rc1", {"2.0.0-rc1/version"}}, Case{"V2.1", {"v2.1/version"}},
        Case{"v8 engine", {"v8/word", "engine/word"}},
        Case{"1,000 stars", {"1,000/number", "stars/word"}},
        Case{"10,000,000", {"10,000,000/number"}},
        Case{"3.5x faster", {"3.5/number", "x/word", "faster/word"}},
        Case{"up 42%.", {"up/word", "42/number"}},
        Case{"costs 50ms", {"costs/word", "50/number", "ms/word"}},
        Case{"1,00", {"1/number", "00/number"}},
        Case{"ends in 3.5.", {"ends/word", "in/word", "3.5/number"}},
        Case{"see https://github.com/junegunn/fzf.",
             {"see/word", "https://github.com/junegunn/fzf/url", "+github", "+com", "+junegunn",
              "+fzf"}},
        Case{"(www.example.org)", {"www.example.org/url", "+example", "+org"}},
        Case{"Über Straße", {"über/word", "strasse/word"}}, Case{"ÉCOLE", {"école/word"}},
        Case{"ПРИВЕТ мир", {"привет/word", "мир/word"}},
        Case{"日本語", {"日/word", "本/word", "語/word"}},
        Case{"fast 🚀 tool", {"fast/word", "tool/word"}},
        Case{"--no-hashtags", {"no-hashtags/identifier", "+no", "+hashtags"}}, Case{"", {}}));

// Issue 14: a keyboard emoji with its variation selector (U+2328 U+FE0F) counted the selector
// as a word, and U+2139 (a letter to Unicode) as another. Emoji, pictographs and their joiners
// are never words.
TEST(Tokenizer, EmojiAndSymbolsAreNotWords) {
  for (const char* emoji : {"\u2328\uFE0F", "\u23F1\uFE0F", "\u2139\uFE0F", "\u203C\uFE0F",
                            "\u2934\uFE0F", "\U0001F469\u200D\U0001F4BB", "\u2705", "\u00A9"}) {
    const std::string input = std::string(emoji) + " Usage is one line";
    EXPECT_EQ(Describe(input),
              (std::vector<std::string>{"usage/word", "is/word", "one/word", "line/word"}))
        << input;
  }
  EXPECT_EQ(Describe("caf\u00E9 na\u0131ve"),
            (std::vector<std::string>{"caf\u00E9/word", "na\u0131ve/word"}));
}

TEST(Tokenizer, RecordsByteOffsets) {
  const std::string input = "use camelCase now";
  const std::vector<Token> tokens = Tokenize(input);
  ASSERT_GE(tokens.size(), 2u);
  EXPECT_EQ(input.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "camelCase");
}

TEST(Tokenizer, SurvivesInvalidUtf8) {
  const std::string input = "ok \xff\xfe bad \xc3";
  const std::vector<Token> tokens = Tokenize(input);
  ASSERT_GE(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].text, "ok");
  EXPECT_EQ(tokens[1].text, "bad");
}

TEST(FoldCase, FoldsAsciiAndUnicode) {
  EXPECT_EQ(FoldCase("MiXeD"), "mixed");
  EXPECT_EQ(FoldCase("ΣΊΣΥΦΟΣ"), FoldCase("σίσυφος"));
}

}  // namespace
}  // namespace repopost::text

namespace repopost::text {
namespace {

// Bad input: arbitrary bytes (binary files, truncated UTF-8) never crash and offsets stay inside
// the input; 100 KB of text tokenizes in one pass.
TEST(Tokenizer, ArbitraryBytesAndLargeInputsAreSafe) {
  std::string bytes;
  unsigned state = 12345;
  for (int i = 0; i < 100 * 1024; ++i) {
    state = state * 1103515245u + 12345u;
    bytes.push_back(static_cast<char>(state >> 16));
  }
  for (const Token& token : Tokenize(bytes)) {
    ASSERT_LE(token.begin, token.end);
    ASSERT_LE(token.end, bytes.size());
  }
  std::string prose;
  while (prose.size() < 100 * 1024)
    prose += "The parseHTTPResponse() call in v1.2.3 took 1,000 ms. ";
  const std::vector<Token> tokens = Tokenize(prose);
  EXPECT_GT(tokens.size(), 10000u);
}

}  // namespace
}  // namespace repopost::text
