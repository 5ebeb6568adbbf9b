#include <gtest/gtest.h>

#include "ingest/outline.h"

namespace repopost::ingest {
namespace {

constexpr const char* kReadme = R"(# tidyjson

[![CI](https://x/badge.svg)](https://x/actions) [![npm](https://img.shields.io/npm/v/x.svg)](https://npm/x)

<p align="center"><img src="logo.png"></p>

[Docs](https://example.com) | [Changelog](CHANGELOG.md)

tidyjson formats and validates **JSON** files in place.

## Features

- Stable key order
- Schema validation
  - nested detail

## Install

```sh
npm install -g tidyjson
```

| a | b |
|---|---|
| 1 | 2 |
)";

TEST(ParseMarkdown, FirstProseParagraphSkipsBadgesImagesHtmlAndLinkRows) {
  Outline outline = ParseMarkdown(kReadme);
  ASSERT_FALSE(outline.paragraphs.empty());
  const OutlineParagraph* first = nullptr;
  for (const auto& p : outline.paragraphs) {
    if (p.is_prose) {
      first = &p;
      break;
    }
  }
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->text, "tidyjson formats and validates JSON files in place.");
  EXPECT_EQ(first->line_begin, 9);
}

TEST(ParseMarkdown, HeadingsHaveLevelsAndLines) {
  Outline outline = ParseMarkdown(kReadme);
  ASSERT_EQ(outline.headings.size(), 3u);
  EXPECT_EQ(outline.headings[0].text, "tidyjson");
  EXPECT_EQ(outline.headings[0].level, 1);
  EXPECT_EQ(outline.headings[1].text, "Features");
  EXPECT_EQ(outline.headings[1].level, 2);
  EXPECT_EQ(outline.headings[1].line, 11);
}

TEST(ParseMarkdown, ListsKeepTheirHeadingAndTopLevelItems) {
  Outline outline = ParseMarkdown(kReadme);
  ASSERT_EQ(outline.lists.size(), 1u);
  EXPECT_EQ(outline.lists[0].heading, "Features");
  ASSERT_EQ(outline.lists[0].items.size(), 2u);
  EXPECT_EQ(outline.lists[0].items[1].text, "Schema validation");
  EXPECT_EQ(outline.lists[0].items[1].line, 14);
}

TEST(ParseMarkdown, CodeBlocksHaveLanguageHeadingAndCodeLines) {
  Outline outline = ParseMarkdown(kReadme);
  ASSERT_EQ(outline.code_blocks.size(), 1u);
  EXPECT_EQ(outline.code_blocks[0].language, "sh");
  EXPECT_EQ(outline.code_blocks[0].heading, "Install");
  EXPECT_EQ(outline.code_blocks[0].code, "npm install -g tidyjson\n");
  EXPECT_EQ(outline.code_blocks[0].line_begin, 20);
}

TEST(ParseMarkdown, LinksAreCollected) {
  Outline outline = ParseMarkdown(kReadme);
  bool found = false;
  for (const auto& link : outline.links)
    found = found || (link.text == "Docs" && link.url == "https://example.com");
  EXPECT_TRUE(found);
}

TEST(ParseMarkdown, EmptyAndGarbageInputYieldEmptyOutline) {
  EXPECT_TRUE(ParseMarkdown("").headings.empty());
  std::string garbage(1000, '\xff');
  Outline outline = ParseMarkdown(garbage);
  EXPECT_TRUE(outline.headings.empty());
}

TEST(FormatForFileName, MapsExtensions) {
  EXPECT_EQ(FormatForFileName("README.md"), TextFormat::kMarkdown);
  EXPECT_EQ(FormatForFileName("Readme.markdown"), TextFormat::kMarkdown);
  EXPECT_EQ(FormatForFileName("readme.rst"), TextFormat::kRestructuredText);
  EXPECT_EQ(FormatForFileName("README.txt"), TextFormat::kPlainText);
  EXPECT_EQ(FormatForFileName("README"), TextFormat::kPlainText);
}

}  // namespace
}  // namespace repopost::ingest
