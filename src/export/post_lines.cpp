#include "export/post_lines.h"

#include <array>

namespace repopost::exports {
namespace {

constexpr std::array<std::string_view, 9> kMarkers = {"\xE2\x80\xA2 ",
                                                      "\xE2\x86\x92 ",
                                                      "\xE2\x96\xAA ",
                                                      "\xE2\x96\xB8 ",
                                                      "\xE2\x9E\xA4 ",
                                                      "\xE2\x9C\x93 ",
                                                      "\xE2\x9C\x85 ",
                                                      "- ",
                                                      "* "};  // • → ▪ ▸ ➤ ✓ ✅ - *

std::string Trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace

std::vector<std::vector<PostLine>> SplitPostLines(std::string_view text) {
  std::vector<std::vector<PostLine>> paragraphs;
  std::vector<PostLine> current;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = Trim(text.substr(start, end - start));
    if (line.empty()) {
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
    } else {
      PostLine pl{line, false};
      for (std::string_view m : kMarkers) {
        if (std::string_view(line).starts_with(m)) {
          pl.text = Trim(std::string_view(line).substr(m.size()));
          pl.is_bullet = true;
          break;
        }
      }
      current.push_back(std::move(pl));
    }
    start = end + 1;
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));
  return paragraphs;
}

}  // namespace repopost::exports
