// PostLines: a post's paragraphs and lines, with bullet markers recognised, for the exports that
// restructure text (Markdown, Notion). Internal to the export stage.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace repopost::exports {

struct PostLine {
  std::string text;        // without the bullet marker when is_bullet
  bool is_bullet = false;  // started with •, →, ▪, -, * or a similar marker
};

// Paragraphs (separated by blank lines), each a list of non-blank trimmed lines.
std::vector<std::vector<PostLine>> SplitPostLines(std::string_view text);

}  // namespace repopost::exports
