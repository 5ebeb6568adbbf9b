#include "text/stemmer.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "text/index_terms.h"
#include "text/stop_words.h"

namespace repopost::text {
namespace {

TEST(Stemmer, ReducesInflectionsToOneStem) {
  Stemmer stemmer;
  EXPECT_EQ(stemmer.Stem("supports"), "support");
  EXPECT_EQ(stemmer.Stem("supported"), "support");
  EXPECT_EQ(stemmer.Stem("supporting"), "support");
  EXPECT_EQ(stemmer.Stem("running"), "run");
  EXPECT_EQ(stemmer.Stem("libraries"), "librari");
  EXPECT_EQ(stemmer.Stem("library"), "librari");
}

TEST(Stemmer, LeavesWordsWithDigitsAlone) {
  Stemmer stemmer;
  EXPECT_EQ(stemmer.Stem("utf8"), "utf8");
  EXPECT_EQ(stemmer.Stem("h264s"), "h264s");
  EXPECT_EQ(stemmer.Stem(""), "");
}

TEST(Stemmer, ThreadLocalStemmerIsSafeAcrossThreads) {
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &wrong] {
      for (int i = 0; i < 2000; ++i) {
        if (StemEnglish("connections") != "connect") ++wrong[t];
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int count : wrong) EXPECT_EQ(count, 0);
}

TEST(StopWords, KnowsCommonWordsOnly) {
  EXPECT_TRUE(IsStopWord("the"));
  EXPECT_TRUE(IsStopWord("and"));
  EXPECT_TRUE(IsStopWord("don"));  // "don't" as the tokenizer splits it
  EXPECT_FALSE(IsStopWord("fuzzy"));
  EXPECT_FALSE(IsStopWord("The"));  // callers pass lower-cased words
}

TEST(IndexTerms, StemsWordsKeepsNumbersAndDropsStopWords) {
  EXPECT_EQ(IndexTerms("Supports camelCase parsing in v1.2.3 with 1,000 users"),
            (std::vector<std::string>{"support", "camelcas", "camel", "case", "pars", "v1.2.3",
                                      "1,000", "user"}));
}

TEST(IndexTerms, QueryAndDocumentAgreeOnInflections) {
  EXPECT_EQ(IndexTerms("tokenizers"), IndexTerms("Tokenizer"));
  EXPECT_EQ(IndexTerms("Benchmarks"), IndexTerms("benchmarking"));
}

}  // namespace
}  // namespace repopost::text
