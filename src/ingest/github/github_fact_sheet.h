// Turns a GitHubSnapshot into a FactSheet: API fields become facts whose provenance is the API
// URL and field; the README, issues, pull requests, releases and commits become documents.
#pragma once

#include "core/fact_sheet.h"
#include "ingest/github/github_types.h"

namespace repopost::ingest {

core::FactSheet GitHubFactSheet(const GitHubSnapshot& snapshot);

}  // namespace repopost::ingest
