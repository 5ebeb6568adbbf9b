// ManifestFacts: the facts a parsed Manifest states, each citing its manifest field
// ("package.json:version"). The primary manifest (the first in FileRoles order) also names the
// project.
#pragma once

#include "core/fact_sheet.h"
#include "ingest/manifest.h"

namespace repopost::ingest {

// `file` carries the path and commit; the field is filled per fact.
void AddManifestFacts(const Manifest& manifest, const core::Provenance& file, bool is_primary,
                      core::FactSheet& sheet);

// "git+https://github.com/o/r.git" -> "https://github.com/o/r"; "o/r" -> GitHub URL; "" when the
// text is not a repository URL.
std::string NormaliseRepositoryUrl(const std::string& text);

}  // namespace repopost::ingest
