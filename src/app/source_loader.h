// SourceLoader: turns what the user named (a local path, a GitHub URL or o/r, pasted text, or a
// repository plus text) into one FactSheet. A name that exists on disk is always local; otherwise
// a GitHub-looking name goes to the GitHub REST API. Local paths are confined to the configured
// roots when any are set (the server sets them; the CLI does not).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app/generation_service.h"
#include "core/fact_sheet.h"
#include "core/result.h"
#include "ingest/github/github_client.h"
#include "ingest/github/github_clone.h"
#include "ingest/ingest.h"

namespace repopost::app {

class SourceLoader {
 public:
  SourceLoader(std::vector<std::string> allowed_roots, ingest::GitHubOptions github,
               ingest::GitHubCloneOptions clone = {});

  // `inspect` sees each secret's value before ingest redacts it (ingest/secret_redaction.h).
  core::Result<core::FactSheet> Load(const SourceRequest& source,
                                     const ingest::SecretInspector& inspect = {}) const;
  // kForbidden when roots are configured and `path` (symlinks resolved) is under none of them.
  core::Status CheckAllowed(const std::filesystem::path& path) const;

 private:
  core::Result<core::FactSheet> LoadLocation(const std::string& location, bool clone,
                                             const ingest::IngestOptions& options) const;

  std::vector<std::string> allowed_roots_;
  ingest::GitHubOptions github_;
  ingest::GitHubCloneOptions clone_;
};

}  // namespace repopost::app
