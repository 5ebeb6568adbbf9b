// ParseMarkdown: the cmark-gfm adapter (the only file that includes cmark headers).
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cctype>
#include <mutex>

#include "ingest/outline.h"

namespace repopost::ingest {
namespace {

void CollapseSpaces(std::string& text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  text = std::move(out);
}

// Words (space-separated tokens with a letter or digit) outside links: a badge row, a link list
// or a language switcher ("English | [中文](...)") has fewer than three.
bool IsProse(const std::string& outside_links) {
  int words = 0;
  bool in_word = false, has_alnum = false;
  for (std::size_t i = 0; i <= outside_links.size(); ++i) {
    const unsigned char c = i < outside_links.size() ? outside_links[i] : ' ';
    if (c == ' ') {
      if (in_word && has_alnum) ++words;
      in_word = has_alnum = false;
    } else {
      in_word = true;
      has_alnum = has_alnum || std::isalnum(c) || c >= 0x80;
    }
  }
  return words >= 3;
}

// Plain text of an inline tree. Images and raw HTML vanish; links keep their text and are
// recorded; `outside_links` gets the text that is not inside any link.
struct InlineText {
  std::string all;
  std::string outside_links;
};

void CollectInline(cmark_node* node, bool in_link, InlineText& out, Outline& outline) {
  for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
       child = cmark_node_next(child)) {
    switch (cmark_node_get_type(child)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: {
        const char* literal = cmark_node_get_literal(child);
        if (literal == nullptr) break;
        out.all += literal;
        if (!in_link) out.outside_links += literal;
        break;
      }
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        out.all += ' ';
        if (!in_link) out.outside_links += ' ';
        break;
      case CMARK_NODE_IMAGE:
      case CMARK_NODE_HTML_INLINE:
        break;
      case CMARK_NODE_LINK: {
        InlineText link_text;
        CollectInline(child, true, link_text, outline);
        const char* url = cmark_node_get_url(child);
        CollapseSpaces(link_text.all);
        outline.links.push_back(OutlineLink{link_text.all, url != nullptr ? url : "",
                                            cmark_node_get_start_line(child)});
        out.all += link_text.all;
        break;
      }
      default:
        CollectInline(child, in_link, out, outline);
        break;
    }
  }
}

InlineText TextOf(cmark_node* node, Outline& outline) {
  InlineText text;
  CollectInline(node, false, text, outline);
  CollapseSpaces(text.all);
  CollapseSpaces(text.outside_links);
  return text;
}

std::string Language(cmark_node* code) {
  const char* info = cmark_node_get_fence_info(code);
  std::string language = info != nullptr ? info : "";
  std::size_t end = 0;
  while (end < language.size() && !std::isspace(static_cast<unsigned char>(language[end])) &&
         language[end] != '{' && language[end] != ',') {
    ++end;
  }
  language.resize(end);
  for (char& c : language) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return language;
}

class OutlineBuilder {
 public:
  explicit OutlineBuilder(Outline& outline) : outline_(outline) {}

  void Visit(cmark_node* node, int list_depth) {
    for (cmark_node* child = cmark_node_first_child(node); child != nullptr;
         child = cmark_node_next(child)) {
      switch (cmark_node_get_type(child)) {
        case CMARK_NODE_HEADING: {
          std::string text = TextOf(child, outline_).all;
          heading_ = text;
          outline_.headings.push_back(OutlineHeading{cmark_node_get_heading_level(child),
                                                     std::move(text),
                                                     cmark_node_get_start_line(child)});
          break;
        }
        case CMARK_NODE_PARAGRAPH: {
          InlineText text = TextOf(child, outline_);
          if (list_depth > 0 || text.all.empty()) break;
          OutlineParagraph paragraph;
          paragraph.is_prose = IsProse(text.outside_links);
          paragraph.text = std::move(text.all);
          paragraph.heading = heading_;
          paragraph.line_begin = cmark_node_get_start_line(child);
          paragraph.line_end = cmark_node_get_end_line(child);
          outline_.paragraphs.push_back(std::move(paragraph));
          break;
        }
        case CMARK_NODE_LIST:
          AddList(child, list_depth);
          break;
        case CMARK_NODE_CODE_BLOCK: {
          const char* literal = cmark_node_get_literal(child);
          OutlineCodeBlock block;
          block.language = Language(child);
          block.code = literal != nullptr ? literal : "";
          block.heading = heading_;
          int fence_length = 0, fence_offset = 0;
          char fence_char = 0;
          const bool fenced =
              cmark_node_get_fenced(child, &fence_length, &fence_offset, &fence_char) != 0;
          block.line_begin = cmark_node_get_start_line(child) + (fenced ? 1 : 0);
          block.line_end = cmark_node_get_end_line(child) - (fenced ? 1 : 0);
          if (block.line_end < block.line_begin) block.line_end = block.line_begin;
          outline_.code_blocks.push_back(std::move(block));
          break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
          break;
        default:
          Visit(child, list_depth);  // block quotes, tables, footnotes
          break;
      }
    }
  }

 private:
  void AddList(cmark_node* list, int list_depth) {
    OutlineList out;
    out.heading = heading_;
    out.line_begin = cmark_node_get_start_line(list);
    out.line_end = cmark_node_get_end_line(list);
    for (cmark_node* item = cmark_node_first_child(list); item != nullptr;
         item = cmark_node_next(item)) {
      for (cmark_node* block = cmark_node_first_child(item); block != nullptr;
           block = cmark_node_next(block)) {
        if (cmark_node_get_type(block) == CMARK_NODE_PARAGRAPH) {
          std::string text = TextOf(block, outline_).all;
          cmark_node* first = cmark_node_first_child(block);
          const bool starts_with_link =
              first != nullptr && cmark_node_get_type(first) == CMARK_NODE_LINK;
          if (!text.empty()) {
            out.items.push_back(OutlineListItem{std::move(text), cmark_node_get_start_line(block),
                                                starts_with_link});
          }
          break;
        }
      }
      Visit(item, list_depth + 1);  // nested lists and code blocks inside items
    }
    if (list_depth == 0 && !out.items.empty()) outline_.lists.push_back(std::move(out));
  }

  Outline& outline_;
  std::string heading_;
};

void AttachExtension(cmark_parser* parser, const char* name) {
  cmark_syntax_extension* extension = cmark_find_syntax_extension(name);
  if (extension != nullptr) cmark_parser_attach_syntax_extension(parser, extension);
}

}  // namespace

Outline ParseMarkdown(std::string_view text) {
  static std::once_flag registered;
  std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
  Outline outline;
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
    AttachExtension(parser, name);
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* document = cmark_parser_finish(parser);
  if (document != nullptr) {
    OutlineBuilder(outline).Visit(document, 0);
    cmark_node_free(document);
  }
  cmark_parser_free(parser);
  return outline;
}

}  // namespace repopost::ingest
