// Turns a GitHubSnapshot into a FactSheet: API fields become facts whose provenance is the API
// URL and field; the README, issues, pull requests, releases and commits become documents.
#pragma once

#include "core/fact_sheet.h"
#include "ingest/github/github_types.h"
#include "ingest/secret_redaction.h"

namespace repopost::ingest {

// Secrets are redacted last (secret_redaction.h); `inspect` sees each one first.
core::FactSheet GitHubFactSheet(const GitHubSnapshot& snapshot,
                                const SecretInspector& inspect = {});

}  // namespace repopost::ingest
