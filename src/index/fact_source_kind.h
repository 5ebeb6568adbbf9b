// SourceKindOfFact: which kind of source a fact came from, read from its provenance, so a fact
// chunk is weighted like the text it was extracted from.
#pragma once

#include "core/fact.h"
#include "core/source_kind.h"

namespace repopost::index {

// In order: the file the provenance names (README*, CHANGELOG*/NEWS/HISTORY*/RELEASES*,
// LICENSE*/COPYING*, a manifest such as package.json or Cargo.toml, examples/, docs/ or another
// Markdown file); a "git:" field (commits) or "github:issue|pull|release" field; a tag
// (releases); an issue, pull-request or release URL; any other field (manifest or repository
// metadata); a fact about git history (commits); otherwise kUserText.
core::SourceKind SourceKindOfFact(const core::Fact& fact);

}  // namespace repopost::index
