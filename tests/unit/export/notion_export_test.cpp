#include "export/notion_export.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "export/markdown_export.h"
#include "export_fixture.h"
#include "text/utf8.h"

namespace repopost::exports {
namespace {

using nlohmann::json;

// Checks one append body against the Notion API's shape and limits; returns its blocks.
json CheckBody(const std::string& body) {
  json j = json::parse(body);
  EXPECT_TRUE(j.is_object());
  EXPECT_EQ(j.size(), 1u);
  const json& children = j.at("children");
  EXPECT_TRUE(children.is_array());
  EXPECT_LE(children.size(), kNotionMaxBlocksPerAppend);
  for (const json& block : children) {
    EXPECT_EQ(block.at("object"), "block");
    const std::string type = block.at("type");
    EXPECT_TRUE(type == "paragraph" || type == "bulleted_list_item") << type;
    const json& rich = block.at(type).at("rich_text");
    EXPECT_FALSE(rich.empty());
    for (const json& item : rich) {
      EXPECT_EQ(item.at("type"), "text");
      const std::string content = item.at("text").at("content");
      EXPECT_TRUE(text::IsValidUtf8(content));
      EXPECT_LE(text::Utf16Length(content), kNotionMaxRichText);
    }
  }
  return children;
}

TEST(NotionBlocks, FixtureBecomesParagraphsAndBullets) {
  auto bodies = RenderNotionBatches(testing::FullPost());
  ASSERT_EQ(bodies.size(), 1u);
  json blocks = CheckBody(bodies[0]);
  std::vector<std::string> types;
  for (const json& b : blocks) types.push_back(b["type"]);
  EXPECT_EQ(types, (std::vector<std::string>{"paragraph", "paragraph", "bulleted_list_item",
                                             "bulleted_list_item", "bulleted_list_item",
                                             "paragraph", "paragraph", "paragraph"}));
  EXPECT_EQ(blocks[2]["bulleted_list_item"]["rich_text"][0]["text"]["content"],
            "Put(), Get() and Delete() on sorted keys");
}

TEST(NotionBlocks, SplitsLongTextAt2000AndBatchesAt100Blocks) {
  ExportInput in;
  // 250 paragraphs, one of them 4,500 characters with astral emoji at the split points.
  std::string long_paragraph;
  for (int i = 0; i < 1500; ++i) long_paragraph += "ab\xF0\x9F\x9A\x80";  // 4 UTF-16 units each
  in.text = long_paragraph;
  for (int i = 0; i < 249; ++i) in.text += "\n\nParagraph " + std::to_string(i);
  auto bodies = RenderNotionBatches(in);
  ASSERT_EQ(bodies.size(), 3u);
  std::size_t total = 0;
  for (const std::string& body : bodies) total += CheckBody(body).size();
  EXPECT_EQ(total, 250u);
  json first = json::parse(bodies[0])["children"][0]["paragraph"]["rich_text"];
  EXPECT_EQ(first.size(), 3u);  // 6,000 units -> 2000 + 2000 + 2000
  std::string joined;
  for (const json& item : first) joined += item["text"]["content"].get<std::string>();
  EXPECT_EQ(joined, long_paragraph);
}

TEST(NotionBlocks, SplitForRichTextNeverBreaksACodePoint) {
  auto pieces = SplitForRichText("a\xF0\x9F\x9A\x80", 2);  // 1 + 2 units
  ASSERT_EQ(pieces.size(), 2u);
  EXPECT_EQ(pieces[0], "a");
  EXPECT_EQ(pieces[1], "\xF0\x9F\x9A\x80");
  EXPECT_EQ(SplitForRichText("").size(), 1u);
}

TEST(NotionMarkdown, TitleIsTheHookAndBulletsAreListItems) {
  std::string md = RenderNotionMarkdown(testing::FullPost());
  EXPECT_EQ(md.rfind("# What does it take to store 1 billion keys in 4 GB?\n", 0), 0u);
  EXPECT_NE(md.find("\n- Put(), Get() and Delete() on sorted keys\n"), std::string::npos);
  EXPECT_NE(md.find("Style: learning"), std::string::npos);
  // The hook appears once, as the title.
  EXPECT_EQ(md.find("What does it take", 10), std::string::npos);
}

}  // namespace
}  // namespace repopost::exports
