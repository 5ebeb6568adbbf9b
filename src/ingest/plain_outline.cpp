// ParseRestructuredText and ParsePlainText: line-based outlines for READMEs that are not Markdown.
// They recognise what most such READMEs use (underlined titles, blank-line paragraphs, bullets,
// "::" literal blocks and code-block directives); anything else is paragraph text.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "ingest/outline.h"

namespace repopost::ingest {
namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool IsBlank(std::string_view s) { return Trim(s).empty(); }

// A line made of one repeated punctuation character, at least 3 long ("=====", "-----").
bool IsUnderline(std::string_view line) {
  line = Trim(line);
  if (line.size() < 3) return false;
  const char c = line.front();
  if (std::string_view("=-~^\"'`#*+_.:").find(c) == std::string_view::npos) return false;
  return std::all_of(line.begin(), line.end(), [c](char x) { return x == c; });
}

bool IsBullet(std::string_view line, std::string_view& item) {
  std::string_view t = Trim(line);
  if (t.size() > 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
    item = Trim(t.substr(2));
    return true;
  }
  return false;
}

int Indent(std::string_view line) {
  int n = 0;
  while (static_cast<std::size_t>(n) < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
  return n;
}

// Removes RST inline markup that reads badly as plain text: ``code``, `text <url>`_, **bold**.
std::string CleanInline(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '`' || c == '*') continue;
    if (c == '<' && text.find(">`", i) != std::string_view::npos) {
      i = text.find('>', i);
      if (!out.empty() && out.back() == ' ') out.pop_back();
      continue;
    }
    if (c == '_' && i > 0 && text[i - 1] == '`') continue;
    out += c;
  }
  std::string collapsed;
  for (char c : out) {
    if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
    collapsed += c;
  }
  return std::string(Trim(collapsed));
}

bool HasWord(const std::string& text) {
  return std::any_of(text.begin(), text.end(),
                     [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}

class LineOutliner {
 public:
  LineOutliner(std::string_view text, bool is_rst) : lines_(SplitLines(text)), is_rst_(is_rst) {}

  Outline Run() {
    std::size_t i = 0;
    while (i < lines_.size()) {
      if (IsBlank(lines_[i])) {
        ++i;
      } else if (TryHeading(i) || TryDirective(i) || TryList(i)) {
      } else {
        Paragraph(i);
      }
    }
    return std::move(outline_);
  }

 private:
  bool TryHeading(std::size_t& i) {
    std::string_view line = lines_[i];
    // Overlined title: "=====" / "Title" / "=====".
    if (IsUnderline(line) && i + 2 < lines_.size() && IsUnderline(lines_[i + 2]) &&
        !IsBlank(lines_[i + 1])) {
      AddHeading(Trim(lines_[i + 1]), lines_[i][0], static_cast<int>(i) + 2);
      i += 3;
      return true;
    }
    if (i + 1 < lines_.size() && IsUnderline(lines_[i + 1]) && !IsUnderline(line) &&
        Trim(lines_[i + 1]).size() + 2 >= Trim(line).size()) {
      AddHeading(Trim(line), Trim(lines_[i + 1])[0], static_cast<int>(i) + 1);
      i += 2;
      return true;
    }
    // Plain text: a short line alone at the very top is the title.
    if (!is_rst_ && outline_.headings.empty() && outline_.paragraphs.empty() &&
        Trim(line).size() <= 60 && (i + 1 >= lines_.size() || IsBlank(lines_[i + 1]))) {
      AddHeading(Trim(line), '=', static_cast<int>(i) + 1);
      i += 1;
      return true;
    }
    return false;
  }

  void AddHeading(std::string_view text, char underline, int line) {
    auto it = std::find(levels_.begin(), levels_.end(), underline);
    if (it == levels_.end()) it = levels_.insert(levels_.end(), underline);
    heading_ = CleanInline(text);
    outline_.headings.push_back(
        OutlineHeading{static_cast<int>(it - levels_.begin()) + 1, heading_, line});
  }

  // ".. code-block:: lang" (or ".. code::", ".. sourcecode::") and its indented body; other
  // directives (images, badges) are skipped with their body.
  bool TryDirective(std::size_t& i) {
    std::string_view t = Trim(lines_[i]);
    if (!is_rst_ || t.substr(0, 3) != ".. ") return false;
    std::string language;
    const bool is_code = t.find("code-block::") != std::string_view::npos ||
                         t.find("code::") != std::string_view::npos ||
                         t.find("sourcecode::") != std::string_view::npos;
    if (is_code) language = std::string(Trim(t.substr(t.find("::") + 2)));
    ++i;
    while (i < lines_.size() && !IsBlank(lines_[i]) && Indent(lines_[i]) > 0) ++i;  // options
    if (is_code) {
      IndentedBlock(i, language);
    } else {
      while (i < lines_.size() && (IsBlank(lines_[i]) || Indent(lines_[i]) > 0)) ++i;
    }
    return true;
  }

  void IndentedBlock(std::size_t& i, const std::string& language) {
    while (i < lines_.size() && IsBlank(lines_[i])) ++i;
    if (i >= lines_.size() || Indent(lines_[i]) == 0) return;
    const int indent = Indent(lines_[i]);
    OutlineCodeBlock block;
    block.language = language;
    block.heading = heading_;
    block.line_begin = static_cast<int>(i) + 1;
    std::size_t last = i;
    while (i < lines_.size() && (IsBlank(lines_[i]) || Indent(lines_[i]) >= indent)) {
      if (!IsBlank(lines_[i])) last = i;
      ++i;
    }
    for (std::size_t k = block.line_begin - 1; k <= last; ++k) {
      std::string_view l = lines_[k];
      block.code +=
          std::string(l.size() >= static_cast<std::size_t>(indent) ? l.substr(indent) : "");
      block.code += '\n';
    }
    block.line_end = static_cast<int>(last) + 1;
    outline_.code_blocks.push_back(std::move(block));
    i = last + 1;
  }

  bool TryList(std::size_t& i) {
    std::string_view item;
    if (!IsBullet(lines_[i], item)) return false;
    OutlineList list;
    list.heading = heading_;
    list.line_begin = static_cast<int>(i) + 1;
    while (i < lines_.size()) {
      if (IsBullet(lines_[i], item)) {
        list.items.push_back(
            OutlineListItem{CleanInline(item), static_cast<int>(i) + 1, item.substr(0, 1) == "`"});
      } else if (!IsBlank(lines_[i]) && Indent(lines_[i]) > 0 && !list.items.empty()) {
        list.items.back().text += " " + CleanInline(lines_[i]);
      } else if (!(IsBlank(lines_[i]) && i + 1 < lines_.size() && IsBullet(lines_[i + 1], item))) {
        break;
      }
      list.line_end = static_cast<int>(i) + 1;
      ++i;
    }
    outline_.lists.push_back(std::move(list));
    return true;
  }

  void Paragraph(std::size_t& i) {
    OutlineParagraph paragraph;
    paragraph.heading = heading_;
    paragraph.line_begin = static_cast<int>(i) + 1;
    std::string raw;
    while (i < lines_.size() && !IsBlank(lines_[i]) &&
           !(i + 1 < lines_.size() && IsUnderline(lines_[i + 1]) && !raw.empty())) {
      if (!raw.empty()) raw += ' ';
      raw += Trim(lines_[i]);
      ++i;
    }
    paragraph.line_end = static_cast<int>(i);
    const bool literal_follows = is_rst_ && raw.size() >= 2 && raw.substr(raw.size() - 2) == "::";
    if (literal_follows)
      raw.resize(raw.size() - (raw.size() >= 3 && raw[raw.size() - 3] == ' ' ? 3 : 1));
    paragraph.text = CleanInline(raw);
    paragraph.is_prose = HasWord(paragraph.text);
    if (!paragraph.text.empty()) outline_.paragraphs.push_back(std::move(paragraph));
    if (literal_follows) IndentedBlock(i, "");
  }

  std::vector<std::string_view> lines_;
  bool is_rst_;
  Outline outline_;
  std::string heading_;
  std::vector<char> levels_;  // underline characters in order of first use = heading levels
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

TextFormat FormatForFileName(std::string_view file_name) {
  const std::string name = Lower(file_name);
  const std::size_t dot = name.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : name.substr(dot + 1);
  if (ext == "md" || ext == "markdown" || ext == "mdown" || ext == "mkd" || ext == "mdx") {
    return TextFormat::kMarkdown;
  }
  if (ext == "rst" || ext == "rest") return TextFormat::kRestructuredText;
  return TextFormat::kPlainText;
}

Outline ParseRestructuredText(std::string_view text) { return LineOutliner(text, true).Run(); }
Outline ParsePlainText(std::string_view text) { return LineOutliner(text, false).Run(); }

Outline ParseOutline(std::string_view text, TextFormat format) {
  switch (format) {
    case TextFormat::kMarkdown:
      return ParseMarkdown(text);
    case TextFormat::kRestructuredText:
      return ParseRestructuredText(text);
    case TextFormat::kPlainText:
      return ParsePlainText(text);
  }
  return ParsePlainText(text);
}

}  // namespace repopost::ingest
