// A FactSheet built by hand for the profile tests: a README and, optionally, one manifest.
#pragma once

#include <string>

#include "core/fact_sheet.h"

namespace repopost::profile::testing {

inline core::FactSheet ReadmeSheet(const std::string& readme, const std::string& manifest_path = "",
                                   const std::string& manifest = "") {
  core::FactSheet sheet;
  sheet.source = "/src/demo";
  core::Document doc;
  doc.kind = core::SourceKind::kReadme;
  doc.title = "README.md";
  doc.text = readme;
  doc.provenance.path = "README.md";
  doc.provenance.line_begin = 1;
  sheet.AddDocument(doc);
  if (!manifest_path.empty()) {
    core::Document m;
    m.kind = core::SourceKind::kManifest;
    m.title = manifest_path;
    m.text = manifest;
    m.provenance.path = manifest_path;
    sheet.AddDocument(m);
  }
  return sheet;
}

}  // namespace repopost::profile::testing
