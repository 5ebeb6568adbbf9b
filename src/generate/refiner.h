// Refiner: deterministic rewrites of a finished post for when no LLM is configured (DESIGN.md:
// refinement belongs to the generate stage). Each action changes the text in one predictable way
// and never adds a statement that is not a fact of the source, so a refined post stays grounded.
//
//   auto refined = generate::Refine({.text = post.text, .facts = sheet.facts},
//   RefineAction::kShorter); if (!refined) ...  // kConflict: the action cannot change this text
//   ("no emoji to remove")
//
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fact.h"
#include "core/result.h"
#include "generate/post.h"

namespace repopost::generate {

enum class RefineAction {
  kShorter,
  kLonger,
  kMoreTechnical,
  kLessTechnical,
  kMoreSpecific,
  kAnotherHook,
  kAnotherTone,
  kRemoveEmoji,
};
std::string_view ToString(RefineAction value);
std::optional<RefineAction> ParseRefineAction(std::string_view text);
std::string RefineActionChoices();  // "shorter|longer|…"

struct RefineInput {
  std::string text;                      // the post as it stands (hook first, hashtags last)
  std::vector<HookOption> hook_options;  // alternatives for kAnotherHook (may be empty)
  std::vector<core::Fact> facts;         // every fact of the source, for kLonger and friends
};

struct Refined {
  std::string text;
  std::string note;  // what changed, one sentence ("Removed the paragraph about …")
};

core::Result<Refined> Refine(const RefineInput& input, RefineAction action);

}  // namespace repopost::generate
