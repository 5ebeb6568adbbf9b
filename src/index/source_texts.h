// Index arbitrary texts (`repopost verify --source FILE`): each text becomes one kUserText
// document of a FactSheet that RepoIndex::Build accepts.
//
//   core::FactSheet sheet = FactSheetFromTexts({{"notes.md", notes}, {"paper.txt", paper}});
//   auto index = RepoIndex::Build(sheet, IndexOptions{});
#pragma once

#include <string>
#include <vector>

#include "core/fact_sheet.h"

namespace repopost::index {

struct SourceText {
  std::string path;  // shown in provenance; any label
  std::string text;  // REQUIRES: valid UTF-8 (text::SanitizeUtf8)
};

core::FactSheet FactSheetFromTexts(const std::vector<SourceText>& texts);

}  // namespace repopost::index
