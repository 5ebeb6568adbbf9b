// EntityExtractor: finds named things in a sentence — capitalised names (people, products,
// organisations), known technology names, programming languages, licences and code identifiers —
// so the claim checker can ask "does this name occur anywhere in the repository?".
//
//   text::EntityExtractor extractor;
//   for (const text::Entity& e : extractor.Extract("Written in Rust, backed by Google.")) {
//     e.kind;  // kLanguage "Rust", kName "Google"
//   }
//   text::EntityExtractor::Normalize("Node.JS") == "node.js"
//
// Sentence-initial capitalised words are names only when they are known names, contain inner
// capitals or digits, or start a multi-word name. Stateless and thread-safe; never throws.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::text {

enum class EntityKind {
  kName,            // capitalised name: "Google", "Jane Doe", "Kubernetes Operator"
  kTechnology,      // a known technology or product name: "Docker", "PostgreSQL", "WebAssembly"
  kLanguage,        // a programming language: "Go", "Rust", "C++"
  kLicense,         // "MIT", "Apache-2.0", "GPLv3"
  kCodeIdentifier,  // `code`, snake_case, camelCase, dotted.path, call(), --flag
};

std::string_view ToString(EntityKind kind);
std::optional<EntityKind> ParseEntityKind(std::string_view text);

struct Entity {
  std::size_t begin = 0;  // byte span in the input
  std::size_t end = 0;
  EntityKind kind = EntityKind::kName;
  std::string surface;     // as written
  std::string normalized;  // lowercase tokens joined by one space: "apache-2.0", "jane doe"
};

class EntityExtractor {
 public:
  std::vector<Entity> Extract(std::string_view text) const;

  // Lowercase word tokens of `text`, keeping "c++", "c#", "node.js", "snake_case", "v1.2" whole
  // and stripping surrounding punctuation. The claim checker indexes repository text with this.
  static std::vector<std::string> Tokens(std::string_view text);
  // The tokens of `text` joined by single spaces.
  static std::string Normalize(std::string_view text);
  // True when `word` (any case) is a capitalised function word that never names anything
  // ("The", "This", "I", "We", weekdays excluded).
  static bool IsFunctionWord(std::string_view word);
};

}  // namespace repopost::text
