// ExportFormat and Export(): the one entry point the app layer calls for `repopost export ID
// --format F` and GET /v1/posts/{id}/export?format=F.
//
//   core::Result<std::string> out = exports::Export({input}, exports::ExportFormat::kBuffer, {});
//
// Formats that describe one post (text, linkedin, linkedin-api, markdown, notion,
// notion-markdown) take exactly one input; buffer, csv and json take any number.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "export/export_input.h"
#include "export/linkedin_export.h"

namespace repopost::exports {

enum class ExportFormat {
  kText,            // the post as written
  kLinkedIn,        // LinkedIn text, optional Unicode-bold hook
  kLinkedInApi,     // Posts API JSON payload
  kMarkdown,        // Markdown with YAML front matter
  kNotion,          // JSON array of append-block request bodies
  kNotionMarkdown,  // Markdown for Notion's importer
  kBuffer,          // Buffer bulk-upload CSV
  kCsv,             // batch CSV
  kJson,
};

std::string_view ToString(ExportFormat format);
std::optional<ExportFormat> ParseExportFormat(std::string_view text);
std::string ExportFormatChoices();

struct ExportOptions {
  LinkedInTextOptions linkedin_text;
  LinkedInPayloadOptions linkedin_payload;  // author_urn required for kLinkedInApi
};

core::Result<std::string> Export(const std::vector<ExportInput>& posts, ExportFormat format,
                                 const ExportOptions& options);

}  // namespace repopost::exports
