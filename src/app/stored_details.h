// StoredDetails: what later requests need from a stored generation (the hook options and their
// ranking, the facts of the profile sheet the post was written from, style, tone and source), read
// back from the generation details the store keeps (GenerationDetailsToJson). Refinement reads
// them from the store, never from process memory, so a post refines the same in a fresh CLI
// process, after a server restart and in another process sharing the database as in the process
// that generated it.
//
//   auto details = app::StoredDetailsFromJson(generation.details);
//   if (!details) ...  // kStore: the stored JSON is damaged; the message names the field
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/generation_service.h"
#include "core/fact.h"
#include "core/result.h"
#include "generate/post.h"

namespace repopost::app {

struct StoredDetails {
  std::vector<generate::HookOption> hook_options;  // in the writer's order
  std::vector<RankedHook> hook_ranking;            // best first
  std::vector<core::Fact> facts;                   // kind, id, value, detail (no provenance)
  std::string style;  // the generate stage's ToString names; "" when not stored
  std::string tone;
  std::string source;  // the source as the post names it (a path, a URL, a text's name)
};

// "" (a post stored without details) gives empty details; malformed JSON or a field of the wrong
// type is kStore, naming the field.
core::Result<StoredDetails> StoredDetailsFromJson(std::string_view details);

}  // namespace repopost::app
