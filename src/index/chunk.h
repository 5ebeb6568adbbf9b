// Chunk: one retrievable piece of a repository's text (a section of a document, or one fact),
// with the provenance that lets a user check it.
#pragma once

#include <string>

#include "core/provenance.h"
#include "core/source_kind.h"

namespace repopost::index {

struct Chunk {
  std::string id;  // "c1", "c2", ...: stable for the same FactSheet and IndexOptions
  core::SourceKind kind = core::SourceKind::kReadme;
  std::string document_id;      // the core::Document it came from, "" for a fact chunk
  std::string fact_id;          // the core::Fact it states, "" for a document chunk
  std::string heading;          // section path "Install > Homebrew"; the fact kind for a fact chunk
  std::string text;             // the chunk's own lines (headings not repeated), or the fact text
  core::Provenance provenance;  // path, line range of `text`, commit
};

// A search hit. `chunk` points into the RepoIndex that returned it and lives as long as it.
struct ScoredChunk {
  const Chunk* chunk = nullptr;
  double score = 0.0;  // higher is better; comparable only within one result list
};

}  // namespace repopost::index
