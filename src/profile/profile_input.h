// ProfileInput: what the field selectors read, prepared once per FactSheet: the README as a
// ReadmeModel, the primary manifest (the root manifest of the dominant language, so a docs
// site's package.json never names the product), the languages by share, and the tags.
//
// REQUIRES: `sheet` outlives the input (it holds pointers into it). Not thread-safe to build;
// safe to read from several threads once built.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/fact_sheet.h"
#include "ingest/manifest.h"
#include "profile/readme_model.h"

namespace repopost::profile {

struct ProfileInput {
  const core::FactSheet* sheet = nullptr;
  const core::Document* readme_document = nullptr;  // null when the source has no README
  ReadmeModel readme;
  std::optional<ingest::Manifest> manifest;  // the primary manifest
  std::string manifest_why;
  std::vector<std::string> languages;  // by share, largest first
  std::string source_name;             // the repository or folder name ("" for text)

  static ProfileInput From(const core::FactSheet& sheet);
};

}  // namespace repopost::profile
