#include "profile/readme_model.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "ingest/outline.h"
#include "profile/section_role_rules.h"

namespace repopost::profile {
namespace {

struct HeadingAt {
  int level;
  std::string text;
  int line;
};

// Parent index of each heading: the nearest earlier heading of a lower level.
std::vector<int> Parents(const std::vector<HeadingAt>& headings) {
  std::vector<int> parents(headings.size(), -1);
  std::vector<int> stack;
  for (std::size_t i = 0; i < headings.size(); ++i) {
    while (!stack.empty() && headings[stack.back()].level >= headings[i].level) stack.pop_back();
    parents[i] = stack.empty() ? -1 : stack.back();
    stack.push_back(static_cast<int>(i));
  }
  return parents;
}

// A heading that names a section, not the project ("Features", "Why use it?"): the section cue
// makes up most of it. A title that merely contains a cue word ("demo-tool", "Checkout Demo")
// names the project.
bool IsSectionName(const std::string& heading) {
  std::string why;
  const SectionRole role = ClassifyHeading(heading, why);
  if (role == SectionRole::kOther) return false;
  if (why.starts_with("heading is")) return true;
  std::string lower;
  for (char c : heading) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '-' || c == '_' ||
        c == '.') {
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (lower.starts_with("why")) return true;
  const std::size_t open = why.find('"'), close = why.rfind('"');
  const std::size_t cue = open != std::string::npos && close > open ? close - open - 1 : 0;
  return lower.size() > 0 && cue * 2 > lower.size();
}

// Letters and digits of the first word, lowercased: "Gin Web Framework" -> "gin".
std::string FirstWordSquashed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!out.empty()) {
      break;
    }
  }
  return out;
}

// A heading right after the title that names the product and has no role of its own ("Gin
// 1.12.0 is now available!") is a banner: the README's introduction goes on under it, so the
// definition and the key features below it are read as the intro, not as an unnamed section.
void ContinueIntroUnderBanner(ReadmeModel& model) {
  for (std::size_t i = 0; i + 1 < model.sections.size(); ++i) {
    if (model.sections[i].span.line_begin != model.title_line) continue;
    Section& next = model.sections[i + 1];
    const std::string product = FirstWordSquashed(model.title);
    std::string heading;
    for (char c : next.heading) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        heading += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else {
        heading += ' ';
      }
    }
    if (next.role == SectionRole::kOther && next.level > model.sections[i].level &&
        product.size() >= 3 &&
        (" " + heading + " ").find(" " + product + " ") != std::string::npos) {
      next.role = SectionRole::kIntro;
      next.why = "a banner right after the title that names the product";
    }
    return;
  }
}

}  // namespace

ReadmeModel ReadmeModel::Build(const core::Document& document) {
  ReadmeModel model;
  model.path = document.provenance.path;
  const int offset = document.provenance.line_begin > 1 ? document.provenance.line_begin - 1 : 0;
  const ingest::Outline outline =
      ingest::ParseOutline(document.text, ingest::FormatForFileName(document.title));
  std::vector<HeadingAt> headings;
  for (const ingest::OutlineHeading& h : outline.headings) {
    headings.push_back({h.level, h.text, h.line + offset});
  }
  std::sort(headings.begin(), headings.end(),
            [](const HeadingAt& a, const HeadingAt& b) { return a.line < b.line; });
  // The title: the first level-1 heading that is not a section name ("# Features").
  for (const HeadingAt& h : headings) {
    std::string why;
    if (h.level == 1 && !h.text.empty()) {
      if (!IsSectionName(h.text)) {
        model.title = h.text;
        model.title_line = h.line;
      }
      break;
    }
  }
  // No level-1 heading: a heading that opens the document ("## Random fun" on line 1), or an
  // HTML heading at the top (<h1 align="center">...</h1>, as logo-topped READMEs write it).
  std::string first_why;
  if (model.title.empty() && !headings.empty() && headings.front().line <= offset + 3 &&
      !IsSectionName(headings.front().text)) {
    model.title = headings.front().text;
    model.title_line = headings.front().line;
  }
  if (model.title.empty()) {
    static const RE2 kHtmlHeading(R"((?is)<h([12])[^>]*>(.*?)</h[12]>)");
    std::string level, inner;
    const std::string_view top(document.text.data(),
                               std::min<std::size_t>(document.text.size(), 2000));
    if (RE2::PartialMatch(re2::StringPiece(top.data(), top.size()), kHtmlHeading, &level, &inner)) {
      static const RE2 kTag(R"(<[^>]*>)");
      RE2::GlobalReplace(&inner, kTag, " ");
      model.title = inner;
      model.title_line = offset + 1;
    }
  }
  const std::vector<int> parents = Parents(headings);
  for (std::size_t i = 0; i < headings.size(); ++i) {
    Section section;
    section.heading = headings[i].text;
    section.level = headings[i].level;
    section.span.path = model.path;
    section.span.line_begin = headings[i].line;
    section.span.line_end = i + 1 < headings.size() ? headings[i + 1].line - 1 : 0;
    for (int p = static_cast<int>(i); p >= 0; p = parents[p]) {
      section.span.headings.insert(section.span.headings.begin(), headings[p].text);
    }
    if (headings[i].line == model.title_line) {
      section.role = SectionRole::kIntro;
      section.why = "the title heading";
    } else {
      section.role = ClassifyHeading(section.heading, section.why);
      if (section.role == SectionRole::kOther && parents[i] >= 0 &&
          model.sections[parents[i]].role != SectionRole::kIntro) {
        section.role = model.sections[parents[i]].role;
        section.why = "under \"" + model.sections[parents[i]].heading + "\"";
      }
    }
    model.sections.push_back(std::move(section));
  }
  ContinueIntroUnderBanner(model);
  auto section_at = [&](int line) {
    int found = -1;
    for (std::size_t i = 0; i < headings.size() && headings[i].line <= line; ++i) {
      found = static_cast<int>(i);
    }
    return found;
  };
  for (const ingest::OutlineParagraph& p : outline.paragraphs) {
    Block b{BlockKind::kProse,   p.text, "",    p.line_begin + offset,
            p.line_end + offset, -1,     false, p.is_prose};
    b.section = section_at(b.line_begin);
    model.blocks.push_back(std::move(b));
  }
  for (const ingest::OutlineList& list : outline.lists) {
    for (const ingest::OutlineListItem& item : list.items) {
      Block b{BlockKind::kListItem,  item.text, "", item.line + offset, item.line + offset, -1,
              item.starts_with_link, true};
      b.section = section_at(b.line_begin);
      model.blocks.push_back(std::move(b));
    }
  }
  for (const ingest::OutlineCodeBlock& code : outline.code_blocks) {
    Block b{BlockKind::kCode,       code.code, code.language, code.line_begin + offset,
            code.line_end + offset, -1,        false,         false};
    b.section = section_at(b.line_begin);
    model.blocks.push_back(std::move(b));
  }
  std::stable_sort(model.blocks.begin(), model.blocks.end(),
                   [](const Block& a, const Block& b) { return a.line_begin < b.line_begin; });
  return model;
}

SectionRole ReadmeModel::RoleOf(const Block& block) const {
  if (block.section < 0) return SectionRole::kIntro;
  return sections[block.section].role;
}

std::vector<std::string> ReadmeModel::ChainOf(const Block& block) const {
  if (block.section < 0) return {};
  return sections[block.section].span.headings;
}

SourceSpan ReadmeModel::SpanOf(const Block& block) const {
  SourceSpan span;
  span.path = path;
  span.line_begin = block.line_begin;
  span.line_end = std::max(block.line_begin, block.line_end);
  span.headings = ChainOf(block);
  return span;
}

}  // namespace repopost::profile
