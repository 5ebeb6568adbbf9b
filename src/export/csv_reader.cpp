#include "export/csv_reader.h"

#include <fmt/format.h>

namespace repopost::exports {
namespace {

core::Error Malformed(std::size_t record, std::size_t field, std::string_view what) {
  return core::Error{core::ErrorCode::kInput,
                     fmt::format("CSV record {} field {}: {}.", record + 1, field + 1, what)};
}

}  // namespace

core::Result<std::vector<CsvRecord>> ParseCsv(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<CsvRecord> records;
  if (text.empty()) return records;
  CsvRecord record;
  std::string field;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (true) {
    // One field starts at i.
    if (i < n && text[i] == '"') {
      ++i;
      while (true) {
        if (i >= n) {
          return tl::unexpected(
              Malformed(records.size(), record.size(), "unterminated quoted field"));
        }
        if (text[i] == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        return tl::unexpected(
            Malformed(records.size(), record.size(), "text after a closing quote"));
      }
    } else {
      while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        if (text[i] == '"') {
          return tl::unexpected(
              Malformed(records.size(), record.size(), "a quote inside an unquoted field"));
        }
        field += text[i++];
      }
    }
    record.push_back(std::move(field));
    field.clear();
    if (i >= n) {
      records.push_back(std::move(record));
      break;
    }
    if (text[i] == ',') {
      ++i;
      continue;
    }
    // Record end: CRLF, LF or a lone CR.
    if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
    ++i;
    records.push_back(std::move(record));
    record.clear();
    if (i >= n) break;
  }
  return records;
}

std::optional<std::size_t> CsvTable::Column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  return std::nullopt;
}

core::Result<CsvTable> ReadCsv(std::string_view text) {
  auto records = ParseCsv(text);
  if (!records) return tl::unexpected(records.error());
  if (records->empty()) return core::Fail(core::ErrorCode::kInput, "CSV input has no header.");
  CsvTable table;
  table.header = std::move(records->front());
  for (std::size_t r = 1; r < records->size(); ++r) {
    CsvRecord& row = (*records)[r];
    if (row.size() != table.header.size()) {
      return core::Fail(core::ErrorCode::kInput,
                        fmt::format("CSV record {} has {} fields, the header has {}.", r + 1,
                                    row.size(), table.header.size()));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace repopost::exports
