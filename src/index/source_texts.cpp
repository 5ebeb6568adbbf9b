#include "index/source_texts.h"

namespace repopost::index {

core::FactSheet FactSheetFromTexts(const std::vector<SourceText>& texts) {
  core::FactSheet sheet;
  sheet.source = "text";
  for (const SourceText& source : texts) {
    core::Document document;
    document.kind = core::SourceKind::kUserText;
    document.title = source.path;
    document.text = source.text;
    document.provenance.path = source.path;
    document.provenance.line_begin = 1;
    sheet.AddDocument(std::move(document));
  }
  return sheet;
}

}  // namespace repopost::index
