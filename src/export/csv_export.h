// CSV exports, written with CsvWriter (RFC 4180, CRLF).
//
// Buffer bulk upload: exactly the header `Text,Image URL,Tags,Posting Time`, one row per post;
// Tags are Buffer's own tags joined by ", "; Posting Time is "YYYY-MM-DD HH:mm" or empty (Buffer
// then uses the queue).
//
// Batch CSV: one row per post with id, created_at, source, style, tone, hook_type, hook, text,
// hashtags (space separated), caption, quality, safety_confidence. Unknown values are empty cells.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "export/export_input.h"

namespace repopost::exports {

inline constexpr std::string_view kBufferHeader = "Text,Image URL,Tags,Posting Time";

// True for "YYYY-MM-DD HH:mm" with a real month, day, hour and minute.
bool IsBufferPostingTime(std::string_view text);

// Fails (kInput) when a posting time is not "YYYY-MM-DD HH:mm".
core::Result<std::string> RenderBufferCsv(const std::vector<ExportInput>& posts);

std::string RenderBatchCsv(const std::vector<ExportInput>& posts);

}  // namespace repopost::exports
