#include "export/notion_export.h"

#include <nlohmann/json.hpp>

#include "export/post_lines.h"
#include "text/utf8.h"

namespace repopost::exports {
namespace {

using nlohmann::json;

json RichText(std::string_view text) {
  json items = json::array();
  for (const std::string& piece : SplitForRichText(text)) {
    items.push_back({{"type", "text"}, {"text", {{"content", piece}}}});
  }
  return items;
}

json Block(std::string_view type, std::string_view text) {
  const std::string key(type);
  return json{{"object", "block"}, {"type", key}, {key, {{"rich_text", RichText(text)}}}};
}

}  // namespace

std::vector<std::string> SplitForRichText(std::string_view text, std::size_t max_utf16) {
  std::vector<std::string> pieces;
  std::string current;
  std::size_t units = 0, pos = 0;
  while (pos < text.size()) {
    const std::size_t begin = pos;
    const char32_t cp = text::DecodeAt(text, pos);
    const std::size_t cp_units = cp > 0xFFFF ? 2 : 1;
    if (units + cp_units > max_utf16) {
      pieces.push_back(std::move(current));
      current.clear();
      units = 0;
    }
    current.append(text.substr(begin, pos - begin));
    units += cp_units;
  }
  if (!current.empty() || pieces.empty()) pieces.push_back(std::move(current));
  return pieces;
}

std::vector<std::string> RenderNotionBatches(const ExportInput& input) {
  std::vector<json> blocks;
  for (const auto& paragraph : SplitPostLines(text::SanitizeUtf8(input.text))) {
    std::string prose;
    auto flush = [&] {
      if (!prose.empty()) blocks.push_back(Block("paragraph", prose));
      prose.clear();
    };
    for (const PostLine& line : paragraph) {
      if (line.is_bullet) {
        flush();
        blocks.push_back(Block("bulleted_list_item", line.text));
      } else {
        if (!prose.empty()) prose += '\n';
        prose += line.text;
      }
    }
    flush();
  }
  if (!input.caption.empty()) {
    blocks.push_back(Block("paragraph", "Caption: " + text::SanitizeUtf8(input.caption)));
  }
  std::vector<std::string> bodies;
  for (std::size_t i = 0; i < blocks.size(); i += kNotionMaxBlocksPerAppend) {
    json children = json::array();
    for (std::size_t j = i; j < blocks.size() && j < i + kNotionMaxBlocksPerAppend; ++j) {
      children.push_back(std::move(blocks[j]));
    }
    bodies.push_back(json{{"children", children}}.dump());
  }
  return bodies;
}

}  // namespace repopost::exports
