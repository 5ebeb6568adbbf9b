// EvidenceStore's name parts: the pieces of identifiers, paths and addresses the repository
// writes, so a name a post writes on its own ("ShowException", "Chromium", "TechEmpower") is found
// where the repository only has it inside a longer word ("Rack::ShowException", "ChromiumEnv",
// "https://www.techempower.com/...").
#include <cctype>
#include <string>

#include "safety/evidence_store.h"

namespace repopost::safety {
namespace {

bool IsNameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == ':' ||
         c == '/' || c == '-' || c == '@';
}

bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Three letters or more: shorter parts ("rs", "io") would match too much.
bool Keepable(std::string_view part) {
  std::size_t letters = 0;
  for (char c : part) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  return letters >= 3;
}

}  // namespace

void EvidenceStore::AddNameParts(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && !IsNameChar(text[pos])) ++pos;
    std::size_t end = pos;
    while (end < text.size() && IsNameChar(text[end])) ++end;
    const std::string_view word = text.substr(pos, end - pos);
    pos = end;
    if (word.size() < 3) continue;
    // The word with its separators dropped: "Node.js" -> "nodejs".
    std::string joined;
    for (char c : word) {
      if (std::isalnum(static_cast<unsigned char>(c))) joined += c;
    }
    if (Keepable(joined)) name_parts_.insert(Hash(Lower(joined)));
    // Parts between separators, and camelCase humps within them ("ChromiumEnv" -> "chromium",
    // "env"; "HTTPServer" -> "http", "server"), each also lowercase as a whole.
    std::size_t begin = 0;
    for (std::size_t i = 0; i <= word.size(); ++i) {
      if (i < word.size() && std::isalnum(static_cast<unsigned char>(word[i]))) continue;
      const std::string_view part = word.substr(begin, i - begin);
      begin = i + 1;
      if (part.empty()) continue;
      if (Keepable(part)) name_parts_.insert(Hash(Lower(part)));
      std::size_t hump = 0;
      for (std::size_t k = 1; k <= part.size(); ++k) {
        const bool boundary =
            k == part.size() || (IsLower(part[k - 1]) && IsUpper(part[k])) ||
            (IsUpper(part[k - 1]) && IsUpper(part[k]) && k + 1 < part.size() &&
             IsLower(part[k + 1])) ||
            (std::isalpha(static_cast<unsigned char>(part[k - 1])) && IsDigit(part[k]));
        if (!boundary) continue;
        const std::string_view piece = part.substr(hump, k - hump);
        if (piece.size() < part.size() && Keepable(piece)) name_parts_.insert(Hash(Lower(piece)));
        hump = k;
      }
    }
  }
}

bool EvidenceStore::HasNamePart(std::string_view normalized) const {
  return name_parts_.count(Hash(normalized)) > 0;
}

}  // namespace repopost::safety
