#include "ingest/changelog.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <limits>

namespace repopost::ingest {
namespace {

constexpr std::size_t kMaxItems = 20;

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::optional<ChangelogEntry> LatestChangelogEntry(const Outline& outline) {
  static const RE2 kVersion(R"((?:^|[\s\[(v])v?(\d+\.\d+(?:\.\d+)?(?:[-+][0-9A-Za-z.\-]+)?)\b)");
  static const RE2 kDate(R"((\d{4}-\d{2}-\d{2}))");
  const auto& headings = outline.headings;
  for (std::size_t h = 0; h < headings.size(); ++h) {
    std::string version;
    if (Lower(headings[h].text).find("unreleased") != std::string::npos) continue;
    if (!RE2::PartialMatch(headings[h].text, kVersion, &version)) continue;
    ChangelogEntry entry;
    entry.version = version;
    entry.heading = headings[h].text;
    RE2::PartialMatch(headings[h].text, kDate, &entry.date);
    entry.line_begin = headings[h].line;
    int next = std::numeric_limits<int>::max();
    for (std::size_t k = h + 1; k < headings.size(); ++k) {
      if (headings[k].level <= headings[h].level) {
        next = headings[k].line;
        break;
      }
    }
    entry.line_end = entry.line_begin;
    auto in_entry = [&](int line) { return line > entry.line_begin && line < next; };
    for (const OutlineList& list : outline.lists) {
      for (const OutlineListItem& item : list.items) {
        if (!in_entry(item.line) || entry.items.size() >= kMaxItems) continue;
        entry.items.push_back(item.text);
        entry.line_end = std::max(entry.line_end, list.line_end);
      }
    }
    if (entry.items.empty()) {
      for (const OutlineParagraph& p : outline.paragraphs) {
        if (!in_entry(p.line_begin) || entry.items.size() >= kMaxItems) continue;
        entry.items.push_back(p.text);
        entry.line_end = std::max(entry.line_end, p.line_end);
      }
    }
    return entry;
  }
  return std::nullopt;
}

}  // namespace repopost::ingest
