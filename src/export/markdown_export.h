// Markdown exports.
//
// RenderMarkdown: YAML front matter (only known fields; strings written as JSON-style double-quoted
// scalars, which YAML parses as plain strings whatever they contain) and the post as Markdown:
// paragraphs kept, lines inside a paragraph joined with hard breaks, the caption under its own
// heading.
//
// RenderNotionMarkdown: Markdown shaped for Notion's importer (no front matter): the hook as the
// page title, bullet lines as "- " list items, metadata on one closing line.
#pragma once

#include <string>

#include "export/export_input.h"

namespace repopost::exports {

std::string RenderMarkdown(const ExportInput& input);
std::string RenderNotionMarkdown(const ExportInput& input);

}  // namespace repopost::exports
