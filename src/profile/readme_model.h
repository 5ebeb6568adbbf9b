// ReadmeModel: a README (or any README-like document) as a devrel writer reads it: its title,
// its sections with their full heading chains and roles, and its blocks (prose paragraphs, list
// items, code blocks) in document order, each knowing its section.
//
//   profile::ReadmeModel model = profile::ReadmeModel::Build(readme_document);
//   for (const profile::Block& b : model.blocks)
//     if (model.RoleOf(b) == profile::SectionRole::kInstall) ...
//
// Line numbers are absolute lines of the file. Plain value type.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "profile/project_profile.h"

namespace repopost::profile {

enum class BlockKind { kProse, kListItem, kCode };

struct Block {
  BlockKind kind = BlockKind::kProse;
  std::string text;      // plain text (prose, list item) or verbatim code
  std::string language;  // code blocks: the fence's language, "" when none
  int line_begin = 0;
  int line_end = 0;
  int section = -1;               // index into ReadmeModel::sections, -1 before any heading
  bool starts_with_link = false;  // list items that open with a link list other projects
  bool is_prose = true;           // prose paragraphs: has words outside links and badges
};

struct ReadmeModel {
  std::string path;
  std::string title;  // the first level-1 heading as written, "" when none
  int title_line = 0;
  std::vector<Section> sections;
  std::vector<Block> blocks;

  static ReadmeModel Build(const core::Document& document);

  // The role of the section a block sits in (kIntro before the first heading and under the
  // title heading).
  SectionRole RoleOf(const Block& block) const;
  // The span of a block: the file, its lines and its section's heading chain.
  SourceSpan SpanOf(const Block& block) const;
  // The heading chain of a block's section, outermost first.
  std::vector<std::string> ChainOf(const Block& block) const;
};

}  // namespace repopost::profile
