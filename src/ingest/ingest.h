// Ingest: turns a source into a FactSheet (typed facts with provenance + whole documents).
//
//   auto sheet = ingest::IngestPath("/src/fzf", ingest::IngestOptions{});
//   if (!sheet) { /* sheet.error().code == ErrorCode::kInput */ }
//
// Never runs `git`; reads repositories with libgit2. Thread-safe: no shared state.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/fact_sheet.h"
#include "core/result.h"
#include "ingest/secret_redaction.h"

namespace repopost::ingest {

struct IngestOptions {
  std::size_t max_file_bytes = 1 << 20;    // larger files are truncated (with a warning)
  std::size_t max_total_bytes = 16 << 20;  // documents stop being read past this
  std::size_t max_commits = 100000;        // history walk stops here (count marked as "at least")
  std::size_t recent_commit_count = 20;
  SecretInspector inspect_secrets;  // sees each secret before redaction (secret_redaction.h)
};

// A local directory: a git work tree (HEAD is read through libgit2), a bare repository, or a
// plain directory (read from the file system, no history facts).
// Errors: kInput for a missing path, a file, an empty repository with no files, unreadable objects.
core::Result<core::FactSheet> IngestPath(const std::string& path, const IngestOptions& options);

// Plain text or Markdown the user pasted or uploaded (`--text FILE`, `-`). `name` labels it.
core::Result<core::FactSheet> IngestText(std::string_view text, const std::string& name,
                                         const IngestOptions& options);

}  // namespace repopost::ingest
