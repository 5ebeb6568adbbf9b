#include "core/fact_sheet.h"

namespace repopost::core {

const Fact* FactSheet::First(FactKind kind) const {
  for (const Fact& fact : facts) {
    if (fact.kind == kind) return &fact;
  }
  return nullptr;
}

std::vector<const Fact*> FactSheet::All(FactKind kind) const {
  std::vector<const Fact*> out;
  for (const Fact& fact : facts) {
    if (fact.kind == kind) out.push_back(&fact);
  }
  return out;
}

const Fact* FactSheet::FindById(std::string_view id) const {
  for (const Fact& fact : facts) {
    if (fact.id == id) return &fact;
  }
  return nullptr;
}

std::string FactSheet::Add(FactKind kind, std::string value, Provenance provenance,
                           std::string detail) {
  Fact fact;
  fact.id = "f" + std::to_string(facts.size() + 1);
  fact.kind = kind;
  fact.value = std::move(value);
  fact.detail = std::move(detail);
  fact.provenance = std::move(provenance);
  facts.push_back(std::move(fact));
  return facts.back().id;
}

std::string FactSheet::AddDocument(Document document) {
  document.id = "d" + std::to_string(documents.size() + 1);
  documents.push_back(std::move(document));
  return documents.back().id;
}

}  // namespace repopost::core
