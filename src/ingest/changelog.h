// Changelog: the latest released entry of a changelog (CHANGELOG, HISTORY, CHANGES, NEWS,
// RELEASES, release notes) in any of the usual layouts: "## [1.2.0] - 2024-01-20",
// "0.74.3\n------", "Release 1.2 2011-05-16", "v2.0.0 (2023-05-01)". "Unreleased" sections
// are skipped.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ingest/outline.h"

namespace repopost::ingest {

struct ChangelogEntry {
  std::string version;             // "1.2.0" (no leading "v")
  std::string heading;             // the heading as written
  std::string date;                // "2024-01-20" when the heading has one, else ""
  std::vector<std::string> items;  // bullet items, or paragraphs when the entry has no bullets
  int line_begin = 0;              // the heading line
  int line_end = 0;                // the last line before the next entry
};

std::optional<ChangelogEntry> LatestChangelogEntry(const Outline& outline);

}  // namespace repopost::ingest
