// Exports a stored post version in any of the export stage's formats (`repopost export`,
// GET /v1/posts/{id}/export). The one place that maps stored records to exports::ExportInput.
#pragma once

#include <string>
#include <string_view>

#include "app/post_service.h"
#include "core/result.h"
#include "export/export_format.h"
#include "export/export_input.h"

namespace repopost::app {

// The latest version of `record` (or the version `version_id` when not empty) as export input.
core::Result<exports::ExportInput> ToExportInput(const PostRecord& record,
                                                 const std::string& version_id = {});

// kUsage for an unknown format (the message lists the choices), kNotFound for an unknown version.
core::Result<std::string> ExportPost(const PostRecord& record, std::string_view format,
                                     const exports::ExportOptions& options = {},
                                     const std::string& version_id = {});

}  // namespace repopost::app
