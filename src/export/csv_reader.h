// CsvReader: an RFC 4180 reader. Fields are separated by ',', records by CRLF or LF; a field in
// double quotes may hold commas, quotes (doubled: "") and line breaks. A UTF-8 byte-order mark at
// the start is skipped. Strict: a quote inside an unquoted field, text after a closing quote or an
// unterminated quoted field is an error naming the record and field.
//
//   core::Result<exports::CsvTable> t = exports::ReadCsv(file_text);
//   for (const auto& row : t->rows) row[*t->Column("Text")];
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace repopost::exports {

using CsvRecord = std::vector<std::string>;

// All records, the header included. An empty input gives no records; a final line break does not
// start an empty record.
core::Result<std::vector<CsvRecord>> ParseCsv(std::string_view text);

struct CsvTable {
  CsvRecord header;
  std::vector<CsvRecord> rows;  // every row has header.size() fields

  // Index of the column named `name`, or nullopt.
  std::optional<std::size_t> Column(std::string_view name) const;
};

// The first record is the header; fails (kInput) when a row's width differs from the header's.
core::Result<CsvTable> ReadCsv(std::string_view text);

}  // namespace repopost::exports
