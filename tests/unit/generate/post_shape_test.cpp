// The shape rules every refinement keeps: hook first, closing (question, call to action, link)
// and hashtags last, no orphan punctuation, no dangling colon. Regression cases from issue 15.
#include "generate/post_shape.h"

#include <gtest/gtest.h>

namespace repopost::generate {
namespace {

TEST(TidyParagraph, JoinsOrphanPunctuationLeftByRemovedEmoji) {
  // Issue 15: another-tone then remove-emoji left "ripgrep. !".
  EXPECT_EQ(TidyParagraph("One repository worth a look: ripgrep. !"),
            "One repository worth a look: ripgrep!");
  EXPECT_EQ(TidyParagraph("Fast .  Safe ,"), "Fast. Safe,");
  EXPECT_EQ(TidyParagraph("Done.?"), "Done?");
}

TEST(TidyParagraph, DropsALineOfPunctuationAlone) {
  EXPECT_EQ(TidyParagraph("First line\n . !\nLast line"), "First line\nLast line");
}

TEST(TidyParagraph, DropsADanglingLeadInAndEndsASentenceOnAColon) {
  EXPECT_EQ(TidyParagraph("To try it:"), "");
  EXPECT_EQ(TidyParagraph("It ships three things worth knowing about for your team:"),
            "It ships three things worth knowing about for your team.");
  // A lead-in followed by what it leads into is fine.
  EXPECT_EQ(TidyParagraph("To try it:\n→ cargo install ripgrep"),
            "To try it:\n→ cargo install ripgrep");
}

TEST(TidyParagraph, LeavesCodeLinesAlone) {
  EXPECT_EQ(TidyParagraph("To search:\nrg -n 'fn main' ."), "To search:\nrg -n 'fn main' .");
  EXPECT_EQ(TidyParagraph("$ make  install ;"), "$ make  install ;");
  // A command ending on "." stays runnable (it became "repopost generate." once).
  EXPECT_EQ(TidyParagraph("To try it:\n→ repopost generate ."),
            "To try it:\n→ repopost generate .");
}

TEST(EndSentence, EndsOnAFullStop) {
  EXPECT_EQ(EndSentence("Written in Rust"), "Written in Rust.");
  EXPECT_EQ(EndSentence("Features:"), "Features.");
  EXPECT_EQ(EndSentence("Is it fast?"), "Is it fast?");
}

TEST(IsClosingParagraph, KnowsQuestionsLinksAndCallsToAction) {
  EXPECT_TRUE(IsClosingParagraph("https://github.com/BurntSushi/ripgrep"));
  EXPECT_TRUE(IsClosingParagraph("What would you use ripgrep for first?"));
  EXPECT_TRUE(IsClosingParagraph("Give it a star if it helps."));
  EXPECT_FALSE(IsClosingParagraph("ripgrep searches directories recursively."));
  EXPECT_FALSE(IsClosingParagraph("To try it:\ncargo install ripgrep"));
}

TEST(PostShape, AddsToTheBodyBeforeTheClosingAndKeepsHashtagsLast) {
  PostShape shape = PostShape::Parse(
      "Hook line.\n\nBody paragraph.\n\nWhat would you use it for?\n\nhttps://example.com/r\n\n"
      "#Rust #CLI");
  EXPECT_EQ(shape.Hook(), "Hook line.");
  ASSERT_EQ(shape.head.size(), 2u);
  ASSERT_EQ(shape.closing.size(), 2u);
  shape.AddToBody("Written in Rust.");
  EXPECT_EQ(shape.Render(),
            "Hook line.\n\nBody paragraph.\n\nWritten in Rust.\n\nWhat would you use it for?\n\n"
            "https://example.com/r\n\n#Rust #CLI");
}

TEST(PostShape, TheHookParagraphIsNeverClosing) {
  PostShape shape = PostShape::Parse("Why do searches take so long?\n\nhttps://example.com");
  ASSERT_EQ(shape.head.size(), 1u);
  EXPECT_EQ(shape.Hook(), "Why do searches take so long?");
  shape.ReplaceHook("A new hook.");
  EXPECT_EQ(shape.Render(), "A new hook.\n\nhttps://example.com");
}

}  // namespace
}  // namespace repopost::generate
