// The batch output file: one record per LIST item, in list order, rebuilt from the store each time
// (so a resumed run writes a complete file with every item exactly once).
//
//   auto rows = app::LoadBatchRows(store, job_id);
//   auto text = app::RenderBatchOutput(*rows, app::BatchOutputFormat::kCsv);
//   app::WriteFileAtomically(path, text);
//
// CSV (RFC 4180, via exports::CsvWriter): item, source, status, error, generation_id, then the
// batch CSV columns of exports::RenderBatchCsv (version id, created_at, style, tone, hook_type,
// hook, text, hashtags, caption, quality, safety_confidence), empty for items without a post.
// JSONL: one object per line: {"item", "source", "status", "error"?, "generation_id"?, "post"?}.
// status is done | failed | pending (queued or running when the file was written).
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "export/export_input.h"
#include "store/store.h"

namespace repopost::app {

enum class BatchOutputFormat { kCsv, kJsonl };
std::string_view ToString(BatchOutputFormat value);
std::optional<BatchOutputFormat> ParseBatchOutputFormat(std::string_view text);
std::string BatchOutputFormatChoices();

struct BatchRow {
  store::BatchItem item;
  std::string source;                        // the item's source column
  std::optional<exports::ExportInput> post;  // the stored post of a done item
};

// Every item of `job_id` with the latest version of its post. kNotFound for an unknown job;
// kStore when a done item's post is missing.
core::Result<std::vector<BatchRow>> LoadBatchRows(store::Store& store, const std::string& job_id);

std::string RenderBatchOutput(const std::vector<BatchRow>& rows, BatchOutputFormat format);

// Writes `text` to a sibling temporary file and renames it over `path`: readers see the old or
// the new file, never half of one. kInput when the directory is not writable.
core::Status WriteFileAtomically(const std::filesystem::path& path, std::string_view text);

}  // namespace repopost::app
