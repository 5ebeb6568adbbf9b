// RepoDocsSheet: a FactSheet for one ../shared/data/repo-docs/<name> folder, for the safety
// benchmarks. The folder holds only docs, git-log.tsv and tree.tsv (no checkout), so this reads
// them directly: documents for every text file, and the facts a template post rests on
// (name, description, features, install command, benchmark sentences, licence, language share,
// file and commit counts, first commit). Benchmark-only; ingest owns real fact extraction.
#pragma once

#include <filesystem>

#include "core/fact_sheet.h"
#include "core/result.h"

namespace repopost::bench {

core::Result<core::FactSheet> RepoDocsSheet(const std::filesystem::path& dir);

}  // namespace repopost::bench
