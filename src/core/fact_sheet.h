// FactSheet: everything ingest learned about one source, as typed facts plus whole documents.
// Produced by ingest, read by generate, index and safety. Plain value type; not thread-safe to
// mutate, safe to share const between threads.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"
#include "core/fact.h"

namespace repopost::core {

struct FactSheet {
  std::string source;  // what the user named: a path, a URL, "text"
  std::string commit;  // HEAD commit id, "" for non-git sources
  std::vector<Fact> facts;
  std::vector<Document> documents;
  std::vector<std::string> warnings;  // graceful degradations ("README over 1 MiB was truncated")

  // The first fact of `kind`, or nullptr.
  const Fact* First(FactKind kind) const;
  // Every fact of `kind`, in extraction order.
  std::vector<const Fact*> All(FactKind kind) const;
  const Fact* FindById(std::string_view id) const;
  // Appends a fact, assigning the next id; returns the id.
  std::string Add(FactKind kind, std::string value, Provenance provenance, std::string detail = {});
  std::string AddDocument(Document document);
};

}  // namespace repopost::core
