// NameOccurs: does a name a claim writes occur in the repository, in any of the forms a writer
// may give it? The exact phrase; every word of a multi-word name; two repository words joined
// ("LuaJIT"); a part of a repository identifier, path or address ("ShowException" in
// "Rack::ShowException"); the name without spaces or dots ("Gorilla Mux" for "GorillaMux",
// "Node.js" for "nodejs"); singular or plural ("ShowExceptions"); without a possessive
// ("README's"); and, for a name written as several pieces ("MySQL/MariaDB", "MIT-licensed"),
// each capitalised piece on its own, the lowercase ones ("licensed") being ordinary words.
//
// Internal to safety (used by SupportChecker). Pure: reads the store only.
#pragma once

#include <string_view>

#include "safety/evidence_store.h"

namespace repopost::safety {

// REQUIRES: `surface` is the name as the claim writes it (text::Entity::surface).
bool NameOccurs(const EvidenceStore& store, std::string_view surface);

}  // namespace repopost::safety
