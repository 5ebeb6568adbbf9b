#include <gtest/gtest.h>

#include "ingest/outline.h"

namespace repopost::ingest {
namespace {

constexpr const char* kRst = R"(=========
quickhash
=========

.. image:: https://img.shields.io/crates/v/quickhash.svg

A fast non-cryptographic hash for ``byte slices``, see `docs <https://docs.rs/quickhash>`_.

Features
--------

- Streaming and one-shot APIs
- Works on stable Rust

Usage
-----

.. code-block:: rust

   let h = quickhash::hash(b"hello");

Install it with::

    cargo add quickhash
)";

TEST(ParseRestructuredText, TitlesByOverlineAndUnderline) {
  Outline outline = ParseRestructuredText(kRst);
  ASSERT_EQ(outline.headings.size(), 3u);
  EXPECT_EQ(outline.headings[0].text, "quickhash");
  EXPECT_EQ(outline.headings[0].level, 1);
  EXPECT_EQ(outline.headings[1].text, "Features");
  EXPECT_EQ(outline.headings[1].level, 2);
  EXPECT_EQ(outline.headings[1].line, 9);
}

TEST(ParseRestructuredText, ParagraphMarkupIsRemovedAndDirectivesSkipped) {
  Outline outline = ParseRestructuredText(kRst);
  ASSERT_FALSE(outline.paragraphs.empty());
  EXPECT_EQ(outline.paragraphs[0].text, "A fast non-cryptographic hash for byte slices, see docs.");
  EXPECT_EQ(outline.paragraphs[0].line_begin, 7);
}

TEST(ParseRestructuredText, CodeBlockDirectiveAndLiteralBlock) {
  Outline outline = ParseRestructuredText(kRst);
  ASSERT_EQ(outline.code_blocks.size(), 2u);
  EXPECT_EQ(outline.code_blocks[0].language, "rust");
  EXPECT_EQ(outline.code_blocks[0].code, "let h = quickhash::hash(b\"hello\");\n");
  EXPECT_EQ(outline.code_blocks[0].heading, "Usage");
  EXPECT_EQ(outline.code_blocks[1].code, "cargo add quickhash\n");
  EXPECT_EQ(outline.paragraphs.back().text, "Install it with:");
}

TEST(ParseRestructuredText, BulletsUnderHeading) {
  Outline outline = ParseRestructuredText(kRst);
  ASSERT_EQ(outline.lists.size(), 1u);
  EXPECT_EQ(outline.lists[0].heading, "Features");
  ASSERT_EQ(outline.lists[0].items.size(), 2u);
  EXPECT_EQ(outline.lists[0].items[0].text, "Streaming and one-shot APIs");
}

TEST(ParsePlainText, ShortFirstLineIsTitleAndParagraphsFollow) {
  Outline outline = ParsePlainText(
      "tabletidy\n\nClean up CSV tables: trims cells\nand fixes headers.\n\n"
      "INSTALL\n-------\npip install tabletidy\n");
  ASSERT_EQ(outline.headings.size(), 2u);
  EXPECT_EQ(outline.headings[0].text, "tabletidy");
  EXPECT_EQ(outline.headings[1].text, "INSTALL");
  ASSERT_EQ(outline.paragraphs.size(), 2u);
  EXPECT_EQ(outline.paragraphs[0].text, "Clean up CSV tables: trims cells and fixes headers.");
  EXPECT_EQ(outline.paragraphs[0].line_begin, 3);
  EXPECT_EQ(outline.paragraphs[0].line_end, 4);
}

TEST(ParsePlainText, NeverLoopsOnOddInput) {
  for (const char* text : {"", "\n\n\n", "-----", "- ", "a\n---\n---\n", "::\n  x", "=\n=\n="}) {
    ParsePlainText(text);
    ParseRestructuredText(text);
  }
  SUCCEED();
}

}  // namespace
}  // namespace repopost::ingest
