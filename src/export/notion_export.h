// NotionBlocks: the post as Notion API blocks, batched for PATCH /v1/blocks/{page_id}/children.
//
//   std::vector<std::string> bodies = exports::RenderNotionBatches(input);
//   // each body: {"children": [ ...at most 100 blocks... ]}
//
// Paragraphs become "paragraph" blocks (their lines joined by "\n"), bullet lines
// "bulleted_list_item" blocks, the caption a final paragraph. Every rich_text item holds at most
// 2,000 characters (counted in UTF-16 units, never splitting a code point): longer text is split
// into several items of one block.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "export/export_input.h"

namespace repopost::exports {

inline constexpr std::size_t kNotionMaxRichText = 2000;
inline constexpr std::size_t kNotionMaxBlocksPerAppend = 100;

// Splits `text` into pieces of at most `max_utf16` UTF-16 units on code point boundaries.
std::vector<std::string> SplitForRichText(std::string_view text,
                                          std::size_t max_utf16 = kNotionMaxRichText);

// One JSON request body per append call, in order.
std::vector<std::string> RenderNotionBatches(const ExportInput& input);

}  // namespace repopost::exports
