#include "app/post_export.h"

#include "app/stored_details.h"
#include "core/clock.h"

namespace repopost::app {

core::Result<exports::ExportInput> ToExportInput(const PostRecord& record,
                                                 const std::string& version_id) {
  if (record.versions.empty()) {
    return core::Fail(core::ErrorCode::kNotFound,
                      "post " + record.generation.id + " has no versions");
  }
  const store::PostVersion* version = &record.versions.back();
  if (!version_id.empty()) {
    version = nullptr;
    for (const auto& v : record.versions) {
      if (v.id == version_id) version = &v;
    }
    if (version == nullptr) {
      return core::Fail(
          core::ErrorCode::kNotFound,
          "version " + version_id + " is not a version of post " + record.generation.id);
    }
  }
  exports::ExportInput input;
  input.id = version->id;
  input.text = version->text;
  input.hashtags = version->hashtags;
  input.caption = version->caption;
  input.style = record.generation.style;
  input.tone = record.generation.tone;
  input.hook_type = record.generation.hook;
  input.created_at = core::FormatIso8601(version->created_at);
  input.quality = version->quality_score;
  input.safety_confidence = version->safety_confidence;
  if (record.details) {
    input.source = record.details->facts.source;
  } else if (auto details = StoredDetailsFromJson(record.generation.details)) {
    input.source = details->source;
  }
  return input;
}

core::Result<std::string> ExportPost(const PostRecord& record, std::string_view format,
                                     const exports::ExportOptions& options,
                                     const std::string& version_id) {
  auto parsed = exports::ParseExportFormat(format);
  if (!parsed) {
    return core::Fail(core::ErrorCode::kUsage, "unknown export format '" + std::string(format) +
                                                   "'; choose " + exports::ExportFormatChoices());
  }
  auto input = ToExportInput(record, version_id);
  if (!input) return tl::unexpected(input.error());
  return exports::Export({*input}, *parsed, options);
}

}  // namespace repopost::app
