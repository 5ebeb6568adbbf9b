// Outline: the structure of a README-like text (Markdown, reStructuredText or plain text) that
// fact extraction needs: headings, paragraphs, lists and code blocks, each with its 1-based line
// range in the text and the heading it sits under. Parsers never fail: any input yields an
// outline, possibly empty.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace repopost::ingest {

struct OutlineHeading {
  int level = 1;
  std::string text;
  int line = 0;
};

struct OutlineParagraph {
  std::string text;       // plain text: images, HTML and badges removed, links kept as their text
  bool is_prose = false;  // has words outside links (not a badge row, link list or image)
  std::string heading;    // "" before the first heading
  int line_begin = 0;
  int line_end = 0;
};

struct OutlineListItem {
  std::string text;  // plain text of the item's first paragraph
  int line = 0;
  bool starts_with_link = false;  // "[Tool](url) - ..." items: lists of other projects
};

struct OutlineList {
  std::string heading;
  std::vector<OutlineListItem> items;
  int line_begin = 0;
  int line_end = 0;
};

struct OutlineCodeBlock {
  std::string language;  // first word of the fence info ("sh", "python"), "" when none
  std::string code;
  std::string heading;
  int line_begin = 0;  // the first code line (after the fence)
  int line_end = 0;
};

struct OutlineLink {
  std::string text;
  std::string url;
  int line = 0;
};

struct Outline {
  std::vector<OutlineHeading> headings;
  std::vector<OutlineParagraph> paragraphs;
  std::vector<OutlineList> lists;
  std::vector<OutlineCodeBlock> code_blocks;
  std::vector<OutlineLink> links;
};

enum class TextFormat { kMarkdown, kRestructuredText, kPlainText };

// The format a file name implies: .md/.markdown/.mdown/.mkd -> Markdown, .rst/.rest -> RST,
// anything else (README, .txt) -> plain text.
TextFormat FormatForFileName(std::string_view file_name);

// Markdown through cmark-gfm with the table, strikethrough, autolink and tasklist extensions.
Outline ParseMarkdown(std::string_view text);
// reStructuredText: headings by underline, paragraphs, bullets, literal and code-block blocks.
Outline ParseRestructuredText(std::string_view text);
// Plain text: underlined or short title-like lines as headings, paragraphs, bullets.
Outline ParsePlainText(std::string_view text);
Outline ParseOutline(std::string_view text, TextFormat format);

}  // namespace repopost::ingest
