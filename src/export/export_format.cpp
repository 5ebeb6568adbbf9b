#include "export/export_format.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "core/enum_table.h"
#include "export/csv_export.h"
#include "export/json_export.h"
#include "export/markdown_export.h"
#include "export/notion_export.h"
#include "text/utf8.h"

namespace repopost::exports {
namespace {

constexpr core::EnumTable<ExportFormat, 9> kFormats{{{
    {ExportFormat::kText, "text"},
    {ExportFormat::kLinkedIn, "linkedin"},
    {ExportFormat::kLinkedInApi, "linkedin-api"},
    {ExportFormat::kMarkdown, "markdown"},
    {ExportFormat::kNotion, "notion"},
    {ExportFormat::kNotionMarkdown, "notion-markdown"},
    {ExportFormat::kBuffer, "buffer"},
    {ExportFormat::kCsv, "csv"},
    {ExportFormat::kJson, "json"},
}}};

core::Result<std::string> Single(const ExportInput& p, ExportFormat format,
                                 const ExportOptions& options) {
  switch (format) {
    case ExportFormat::kText: {
      std::string t = text::SanitizeUtf8(p.text);
      if (!t.empty() && t.back() != '\n') t += '\n';
      return t;
    }
    case ExportFormat::kLinkedIn: {
      std::string t = RenderLinkedInText(p, options.linkedin_text).text;
      if (!t.empty() && t.back() != '\n') t += '\n';
      return t;
    }
    case ExportFormat::kLinkedInApi:
      return RenderLinkedInPayload(p, options.linkedin_payload);
    case ExportFormat::kMarkdown:
      return RenderMarkdown(p);
    case ExportFormat::kNotion: {
      nlohmann::json bodies = nlohmann::json::array();
      for (const std::string& body : RenderNotionBatches(p)) {
        bodies.push_back(nlohmann::json::parse(body));
      }
      return bodies.dump(2) + "\n";
    }
    case ExportFormat::kNotionMarkdown:
      return RenderNotionMarkdown(p);
    default:
      return core::Fail(core::ErrorCode::kInternal, "Not a single-post format.");
  }
}

}  // namespace

std::string_view ToString(ExportFormat format) { return kFormats.Name(format); }
std::optional<ExportFormat> ParseExportFormat(std::string_view text) { return kFormats.Find(text); }
std::string ExportFormatChoices() { return kFormats.Choices(); }

core::Result<std::string> Export(const std::vector<ExportInput>& posts, ExportFormat format,
                                 const ExportOptions& options) {
  switch (format) {
    case ExportFormat::kBuffer:
      return RenderBufferCsv(posts);
    case ExportFormat::kCsv:
      return RenderBatchCsv(posts);
    case ExportFormat::kJson:
      if (posts.empty()) return core::Fail(core::ErrorCode::kInput, "No posts to export.");
      return RenderJson(posts);
    default:
      if (posts.size() != 1) {
        return core::Fail(core::ErrorCode::kUsage,
                          fmt::format("Format {} exports exactly one post; got {}.",
                                      ToString(format), posts.size()));
      }
      return Single(posts[0], format, options);
  }
}

}  // namespace repopost::exports
