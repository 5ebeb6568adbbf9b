// SourceStore: the repositories (or texts) posts were written about.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace repopost::store {

struct Source {
  std::string id;           // "s_…"; assigned by UpsertSource when empty
  std::string locator;      // unique: canonical path, "github.com/o/r", or "text:<hash>"
  std::string name;         // display name, e.g. "o/r"
  std::string last_commit;  // "" when the source is not a git repository
  std::chrono::system_clock::time_point fetched_at{};
  // The pasted or uploaded text of a text source (or the text given with a repository), so a
  // later process can check refinements of posts written from it; "" for plain repositories.
  std::string text;
};

// Thread-safe (the Store serialises calls on its connection).
class SourceStore {
 public:
  virtual ~SourceStore() = default;
  // Inserts a source or, when its locator is already stored, updates name, commit, fetched-at and
  // (when given) text, and keeps the existing id. Returns the stored record. Source and text
  // commit together.
  virtual core::Result<Source> UpsertSource(const Source& source) = 0;
  // kNotFound when no source has `id`.
  virtual core::Result<Source> GetSource(const std::string& id) = 0;
  virtual core::Result<std::optional<Source>> FindSourceByLocator(const std::string& locator) = 0;
};

}  // namespace repopost::store
