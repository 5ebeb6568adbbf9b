// DiffVersions: a word-level diff between two versions of a post (dtl's O(NP) shortest edit
// script), as runs of equal / inserted / deleted tokens plus a summary and a unified rendering.
//
//   exports::VersionDiff d = exports::DiffVersions({.before = v1, .after = v2});
//   d.summary.words_added; d.summary.hook_changed;
//   for (const exports::DiffRun& run : d.runs) ... run.op, run.text
//   std::string u = d.Unified();  // "[-old-]{+new+}" inline, one line per changed line
//
// Tokens are words with their following whitespace, so joining the runs of one side gives that
// side's text back exactly. Claims added/dropped compare two optional claim lists by exact text
// (after trimming and case folding of ASCII). Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::exports {

enum class DiffOp { kEqual, kInsert, kDelete };
std::string_view ToString(DiffOp op);
std::optional<DiffOp> ParseDiffOp(std::string_view text);

struct DiffRun {
  DiffOp op = DiffOp::kEqual;
  std::string text;  // consecutive tokens with the same op, whitespace included
};

struct DiffSummary {
  std::size_t words_added = 0;
  std::size_t words_removed = 0;
  bool hook_changed = false;
  std::string hook_before;
  std::string hook_after;
  std::vector<std::string> hashtags_added;
  std::vector<std::string> hashtags_removed;
  std::vector<std::string> claims_added;    // in after's list, not in before's
  std::vector<std::string> claims_dropped;  // in before's list, not in after's
  bool claims_compared = false;             // both claim lists were given
};

struct VersionDiff {
  std::vector<DiffRun> runs;
  DiffSummary summary;

  // Inline unified rendering: deletions as [-…-], insertions as {+…+}.
  std::string Unified() const;
  // The text of one side rebuilt from the runs (before: equal + delete; after: equal + insert).
  std::string Before() const;
  std::string After() const;
};

struct DiffInput {
  std::string_view before;
  std::string_view after;
  std::optional<std::vector<std::string>> claims_before;
  std::optional<std::vector<std::string>> claims_after;
};

VersionDiff DiffVersions(const DiffInput& input);

}  // namespace repopost::exports
