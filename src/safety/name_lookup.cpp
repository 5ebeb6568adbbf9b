#include "safety/name_lookup.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "safety/support_rules.h"
#include "text/entity_extractor.h"

namespace repopost::safety {
namespace {

// The name as written, in the forms that need no splitting.
bool WholeNameOccurs(const EvidenceStore& store, const std::string& normalized) {
  if (normalized.empty()) return false;
  const bool multiword = normalized.find(' ') != std::string::npos;
  if (store.HasPhrase(normalized) || (multiword && store.HasAllTokens(normalized)) ||
      store.HasCompound(normalized) || store.HasNamePart(normalized)) {
    return true;
  }
  std::string joined;
  for (char c : normalized) {
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
      joined += c;
    }
  }
  if (joined.size() >= 3 && joined != normalized &&
      (store.HasPhrase(joined) || store.HasNamePart(joined))) {
    return true;
  }
  // Singular and plural ("ShowException" / "ShowExceptions"); not for short names.
  if (!multiword && normalized.size() >= 5) {
    if (store.HasPhrase(normalized + "s") || store.HasNamePart(normalized + "s")) return true;
    if (normalized.ends_with("s")) {
      const std::string singular = normalized.substr(0, normalized.size() - 1);
      if (store.HasPhrase(singular) || store.HasNamePart(singular)) return true;
    }
  }
  return false;
}

std::string WithoutPossessive(std::string_view s) {
  for (std::string_view tail : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (s.ends_with(tail)) return std::string(s.substr(0, s.size() - tail.size()));
  }
  return std::string(s);
}

bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
}

bool HasLetter(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// The pieces of a name written with spaces, slashes or hyphens ("MySQL/MariaDB").
std::vector<std::string_view> Pieces(std::string_view surface) {
  std::vector<std::string_view> out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= surface.size(); ++i) {
    if (i < surface.size() && surface[i] != ' ' && surface[i] != '/' && surface[i] != '-') {
      continue;
    }
    if (i > begin) out.push_back(surface.substr(begin, i - begin));
    begin = i + 1;
  }
  return out;
}

}  // namespace

bool NameOccurs(const EvidenceStore& store, std::string_view surface) {
  const std::string normalized = text::EntityExtractor::Normalize(surface);
  if (WholeNameOccurs(store, normalized)) return true;
  const std::string bare = WithoutPossessive(surface);
  if (bare.size() < surface.size() &&
      WholeNameOccurs(store, text::EntityExtractor::Normalize(bare))) {
    return true;
  }
  const std::vector<std::string_view> pieces = Pieces(surface);
  if (pieces.size() < 2) return false;
  // A versioned name ("GPT-4", "Python 3.12", "C++17/20") is not its unversioned stem.
  if (std::any_of(surface.begin(), surface.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
    return false;
  }
  std::size_t checked = 0;
  for (std::string_view piece : pieces) {
    const std::string name = text::EntityExtractor::Normalize(WithoutPossessive(piece));
    // Lowercase words ("licensed", "style") are ordinary words, numbers are checked as numbers,
    // and common terms ("API", "README") name nothing a repository could be wrong about.
    if (!HasUpper(piece) || !HasLetter(piece) || name.empty()) continue;
    ++checked;
    if (IsCommonTerm(name)) continue;
    if (!WholeNameOccurs(store, name)) return false;
  }
  return checked > 0;
}

}  // namespace repopost::safety
