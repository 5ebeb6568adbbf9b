// CsvWriter: RFC 4180 output. Records end with CRLF; a field is quoted when it contains a comma,
// a double quote, CR or LF, or starts/ends with a space (quotes inside are doubled). Nothing else
// in the project writes CSV text by hand.
//
//   exports::CsvWriter w;
//   w.Add({"Text", "Tags"});
//   w.Add({"Hello, world", ""});
//   std::string csv = w.Text();
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace repopost::exports {

class CsvWriter {
 public:
  void Add(const std::vector<std::string>& fields);
  const std::string& Text() const { return text_; }

  static std::string Quote(std::string_view field);

 private:
  std::string text_;
};

}  // namespace repopost::exports
