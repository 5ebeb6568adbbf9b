// Hand-made FactSheets of several shapes for the generate tests: what ingest would produce for a
// rich CLI tool, a library with benchmarks, a thin repository, Unicode names and a huge feature
// list. Values mimic real ingest output (raw manifest strings, README sentences, git facts).
#pragma once

#include <string>
#include <vector>

#include "core/fact_sheet.h"

namespace repopost::generate::testing {

core::FactSheet RichCliTool();
core::FactSheet LibraryWithBenchmarks();
core::FactSheet ThinRepo();  // a name, two files, one language; no README
core::FactSheet UnicodeNames();
core::FactSheet HugeFeatureList();

struct NamedSheet {
  std::string name;
  core::FactSheet sheet;
};
std::vector<NamedSheet> AllHandMadeSheets();

}  // namespace repopost::generate::testing
