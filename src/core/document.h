// A Document is one whole text a source yielded (README, a docs page, a changelog, commit log,
// user text). The index chunks documents; the checker retrieves evidence from the chunks.
#pragma once

#include <string>

#include "core/provenance.h"
#include "core/source_kind.h"

namespace repopost::core {

struct Document {
  std::string id;  // "d1", "d2", ... unique within one FactSheet
  SourceKind kind = SourceKind::kReadme;
  std::string title;      // file name or page title
  std::string text;       // valid UTF-8, size-capped by ingest
  Provenance provenance;  // path, commit; line_begin of the first line of `text`
};

}  // namespace repopost::core
