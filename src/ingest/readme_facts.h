// ReadmeFacts: the facts a README-like text states, read from its Outline. Used for repository
// READMEs and for user text (IngestText). Every fact cites the lines it came from.
#pragma once

#include <string>

#include "core/fact_sheet.h"
#include "ingest/outline.h"

namespace repopost::ingest {

// Where the text lives; line numbers of the outline are added to `base.line_begin - 1`
// (base.line_begin 0 or 1 means the outline's lines are the file's lines).
struct TextOrigin {
  core::Provenance base;
};

// Adds kSummary, kDescription, kHeading, kFeature, kInstallCommand, kUsageSnippet, kBenchmark,
// kPlatform and kProperty facts. Returns the README title ("" when none), a project-name
// candidate the caller may use when no manifest names the project.
std::string AddReadmeFacts(const Outline& outline, const TextOrigin& origin,
                           core::FactSheet& sheet);

// The first sentence of `paragraph` (up to the first ". ", "! " or "? " followed by a capital).
std::string FirstSentence(const std::string& paragraph);

}  // namespace repopost::ingest
