#include "app/batch_output.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>

#include "app/batch_list.h"
#include "app/post_export.h"
#include "core/enum_table.h"
#include "export/csv_writer.h"

namespace repopost::app {
namespace {

constexpr core::EnumTable<BatchOutputFormat, 2> kFormats{{{
    {BatchOutputFormat::kCsv, "csv"},
    {BatchOutputFormat::kJsonl, "jsonl"},
}}};

std::string_view Status(const store::BatchItem& item) {
  switch (item.state) {
    case store::BatchItemState::kDone:
      return "done";
    case store::BatchItemState::kDead:
      return "failed";
    default:
      return "pending";
  }
}

std::string RenderCsv(const std::vector<BatchRow>& rows) {
  exports::CsvWriter w;
  w.Add({"item", "source", "status", "error", "generation_id", "id", "created_at", "style", "tone",
         "hook_type", "hook", "text", "hashtags", "caption", "quality", "safety_confidence"});
  for (const BatchRow& row : rows) {
    std::vector<std::string> fields{
        std::to_string(row.item.ordinal + 1), row.source, std::string(Status(row.item)),
        row.item.state == store::BatchItemState::kDone ? "" : row.item.last_error, row.item.result};
    if (row.post) {
      const exports::ExportInput& p = *row.post;
      for (std::string field :
           {p.id, p.created_at, p.style, p.tone, p.hook_type, p.HookLine(), p.text,
            fmt::format("{}", fmt::join(p.hashtags, " ")), p.caption,
            p.quality ? fmt::format("{:.1f}", *p.quality) : std::string(),
            p.safety_confidence ? fmt::format("{:.2f}", *p.safety_confidence) : std::string()}) {
        fields.push_back(std::move(field));
      }
    } else {
      fields.resize(16);
    }
    w.Add(fields);
  }
  return w.Text();
}

nlohmann::json PostJson(const exports::ExportInput& p) {
  nlohmann::json post = {{"version_id", p.id}, {"created_at", p.created_at}, {"style", p.style},
                         {"tone", p.tone},     {"hook_type", p.hook_type},   {"hook", p.HookLine()},
                         {"text", p.text},     {"hashtags", p.hashtags}};
  if (!p.caption.empty()) post["caption"] = p.caption;
  if (p.quality) post["quality"] = *p.quality;
  if (p.safety_confidence) post["safety_confidence"] = *p.safety_confidence;
  return post;
}

std::string RenderJsonl(const std::vector<BatchRow>& rows) {
  std::string out;
  for (const BatchRow& row : rows) {
    nlohmann::json line = {
        {"item", row.item.ordinal + 1}, {"source", row.source}, {"status", Status(row.item)}};
    if (row.item.state != store::BatchItemState::kDone && !row.item.last_error.empty()) {
      line["error"] = row.item.last_error;
    }
    if (!row.item.result.empty()) line["generation_id"] = row.item.result;
    if (row.post) line["post"] = PostJson(*row.post);
    out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
  }
  return out;
}

}  // namespace

std::string_view ToString(BatchOutputFormat value) { return kFormats.Name(value); }
std::optional<BatchOutputFormat> ParseBatchOutputFormat(std::string_view text) {
  return kFormats.Find(text);
}
std::string BatchOutputFormatChoices() { return kFormats.Choices(); }

core::Result<std::vector<BatchRow>> LoadBatchRows(store::Store& store, const std::string& job_id) {
  auto items = store.batches().ListBatchItems(job_id);
  if (!items) return tl::unexpected(items.error());
  if (items->empty()) {
    if (auto job = store.batches().GetBatchJob(job_id); !job) return tl::unexpected(job.error());
  }
  std::vector<BatchRow> rows;
  rows.reserve(items->size());
  for (store::BatchItem& item : *items) {
    BatchRow row;
    auto spec = ParseBatchLine(item.input, BatchListOptions{});
    row.source = spec ? spec->source : item.input;
    if (item.state == store::BatchItemState::kDone) {
      auto generation = store.generations().GetGeneration(item.result);
      auto versions =
          generation
              ? store.generations().ListVersions(item.result)
              : core::Result<std::vector<store::PostVersion>>(tl::unexpected(generation.error()));
      if (!versions) {
        return core::Fail(core::ErrorCode::kStore,
                          "batch item " + std::to_string(item.ordinal + 1) +
                              " is done but its post " + item.result +
                              " cannot be read: " + versions.error().message);
      }
      PostRecord record;
      record.generation = std::move(*generation);
      record.versions = std::move(*versions);
      auto input = ToExportInput(record);
      if (!input) return tl::unexpected(input.error());
      input->source = row.source;
      row.post = std::move(*input);
    }
    row.item = std::move(item);
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string RenderBatchOutput(const std::vector<BatchRow>& rows, BatchOutputFormat format) {
  return format == BatchOutputFormat::kCsv ? RenderCsv(rows) : RenderJsonl(rows);
}

core::Status WriteFileAtomically(const std::filesystem::path& path, std::string_view text) {
  std::filesystem::path temp = path;
  temp += ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temp, ignored);
      return core::Fail(core::ErrorCode::kInput, "cannot write '" + path.string() + "'");
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::filesystem::remove(temp, ec);
    return core::Fail(core::ErrorCode::kInput, "cannot write '" + path.string() + "'");
  }
  return core::Ok();
}

}  // namespace repopost::app
