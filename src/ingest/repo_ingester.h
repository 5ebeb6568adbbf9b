// RepoIngester: reads one repository through a RepoReader and builds its FactSheet: documents
// (README, docs pages, changelog, examples, manifests, licence, recent commits) and typed facts
// with provenance. One instance per ingest call; not thread-safe.
#pragma once

#include <optional>
#include <string>

#include "core/fact_sheet.h"
#include "ingest/file_roles.h"
#include "ingest/ingest.h"
#include "ingest/repo_reader.h"

namespace repopost::ingest {

class RepoIngester {
 public:
  // `source` is what the user named (kept in FactSheet::source); `display_name` the directory's
  // name, the project name of last resort. `reader` must outlive the ingester.
  RepoIngester(const RepoReader& reader, const IngestOptions& options, std::string source,
               std::string display_name);

  core::FactSheet Run();

 private:
  // The decoded text of `path` within the per-file and total byte budgets, or nullopt (binary,
  // unreadable or over budget; a warning says which).
  std::optional<std::string> ReadText(const std::string& path);
  core::Provenance FileProvenance(const std::string& path) const;
  void AddDocument(core::SourceKind kind, const std::string& path, std::string text);

  std::string ReadReadme();
  void ReadManifests();
  void ReadLicense();
  void ReadChangelog();
  void ReadDocs();
  void ReadExamples();
  void ReadHistory();
  void ReadLanguages();

  const RepoReader& reader_;
  const IngestOptions& options_;
  std::string display_name_;
  FileRoles roles_;
  core::FactSheet sheet_;
  std::size_t bytes_read_ = 0;
  bool has_warned_budget_ = false;
};

}  // namespace repopost::ingest
