#include "score/post_anatomy.h"

#include <gtest/gtest.h>

#include "score/concrete_facts.h"
#include "score/readability.h"
#include "score/syllable_counter.h"

namespace repopost::score {
namespace {

TEST(PostAnatomy, SplitsHookParagraphsSentencesAndHashtags) {
  PostAnatomy a = PostAnatomy::Of(
      "What does it take to parse JSON in 1 file?\n\nIt ships v2.1.0 today. See e.g. the docs!\n"
      "• Fast\n• Small\n\n#OpenSource #CPlusPlus");
  EXPECT_EQ(a.hook, "What does it take to parse JSON in 1 file?");
  EXPECT_TRUE(a.hook_stands_alone);
  EXPECT_EQ(a.paragraphs.size(), 3u);
  EXPECT_EQ(a.bullet_lines, 2u);
  ASSERT_EQ(a.hashtags.size(), 2u);
  EXPECT_EQ(a.hashtags[1], "#CPlusPlus");
  // Hook, two sentences (the abbreviation and the version do not split), two bullets.
  EXPECT_EQ(a.sentences.size(), 5u);
  EXPECT_EQ(a.sentences[2], "See e.g. the docs!");
}

TEST(PostAnatomy, CountsEmojiLinksAndIgnoresInvalidUtf8) {
  PostAnatomy a = PostAnatomy::Of("Ship it \xF0\x9F\x9A\x80 now \xFF https://x.io @ana");
  EXPECT_EQ(a.emoji_count, 1u);
  EXPECT_EQ(a.url_count, 1u);
  EXPECT_EQ(a.mention_count, 1u);
  EXPECT_EQ(a.words.size(), 4u);  // Ship it now ana
}

// Issue 15: "→" before a code line is not an emoji, and "#3293" (an issue number) is not a tag.
TEST(PostAnatomy, ArrowsAreNotEmojiAndIssueNumbersAreNotHashtags) {
  PostAnatomy a = PostAnatomy::Of(
      "To try it:\n\xE2\x86\x92 brew install fzf\n\nFixed in #3293.\n\n#OpenSource #CLI");
  EXPECT_EQ(a.emoji_count, 0u);
  ASSERT_EQ(a.hashtags.size(), 2u);
  EXPECT_EQ(a.hashtags[0], "#OpenSource");
}

TEST(PostAnatomy, EmptyTextHasNothing) {
  PostAnatomy a = PostAnatomy::Of("");
  EXPECT_TRUE(a.hook.empty());
  EXPECT_TRUE(a.words.empty());
  EXPECT_TRUE(a.sentences.empty());
}

TEST(SyllableCounter, CountsCommonWords) {
  struct Case {
    const char* word;
    std::size_t syllables;
  } cases[] = {{"the", 1},    {"make", 1},    {"table", 2}, {"readability", 5}, {"used", 1},
               {"wanted", 2}, {"library", 3}, {"42", 1},    {"--", 0}};
  for (const Case& c : cases) EXPECT_EQ(CountSyllables(c.word), c.syllables) << c.word;
}

TEST(ConcreteFacts, CountsNumbersVersionsIdentifiersAndNames) {
  PostAnatomy a = PostAnatomy::Of(
      "Release v1.4 of leveldb adds Put() and write_batch, 30% faster, built at Google.");
  ConcreteFacts f = ConcreteFacts::In(a);
  EXPECT_EQ(f.versions, 1u);      // v1.4
  EXPECT_EQ(f.identifiers, 2u);   // Put() write_batch
  EXPECT_EQ(f.numbers, 1u);       // 30%
  EXPECT_EQ(f.proper_nouns, 1u);  // Google (Release starts the sentence)
}

TEST(Readability, PlainProseScoresHigherThanJargon) {
  Readability plain =
      Readability::Of(PostAnatomy::Of("The cat sat on the mat. It was a good day."));
  Readability hard = Readability::Of(PostAnatomy::Of(
      "Asynchronous serialization infrastructure necessitates comprehensive configurability "
      "considerations regarding interoperability."));
  EXPECT_GT(plain.flesch_reading_ease, 80);
  EXPECT_LT(hard.flesch_reading_ease, 10);
  EXPECT_EQ(plain.sentences, 2u);
}

}  // namespace
}  // namespace repopost::score
