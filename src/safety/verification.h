// Entry points for the `check` and `verify` commands (and POST /v1/check).
//
//   auto report = safety::CheckPost(sheet, post_text);                  // repopost check
//   auto verdict = safety::VerifyText({{"a.md", a}, {"b.txt", b}}, text); // repopost verify
//   verdict->consistency == safety::Consistency::kConsistent
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fact_sheet.h"
#include "core/result.h"
#include "safety/checker_options.h"
#include "safety/safety_report.h"

namespace repopost::safety {

enum class Consistency { kConsistent, kInconsistent };
std::string_view ToString(Consistency value);
std::optional<Consistency> ParseConsistency(std::string_view text);

struct SourceText {
  std::string name;  // shown as the evidence path ("notes.md")
  std::string text;  // raw bytes as read; binary files are rejected
};

struct VerifyReport {
  Consistency consistency = Consistency::kConsistent;
  SafetyReport report;
};

// The safety report of `post` against the repository in `sheet`.
// Errors: kInput for an empty post (only whitespace); kUsage for invalid options.
core::Result<SafetyReport> CheckPost(const core::FactSheet& sheet, std::string_view post,
                                     const CheckerOptions& options = {});

// Checks `text` against `sources` (any texts). Consistent when no claim is contradicted and the
// unsupported claims and confidence stay within options.thresholds.
// Errors: kUsage with no sources; kInput for an empty text, a binary source or sources with no
// text at all.
core::Result<VerifyReport> VerifyText(const std::vector<SourceText>& sources, std::string_view text,
                                      const CheckerOptions& options = {});

// True when `bytes` look like a binary file (NUL bytes or mostly invalid UTF-8 in the first 8 KiB).
bool LooksBinary(std::string_view bytes);

}  // namespace repopost::safety
