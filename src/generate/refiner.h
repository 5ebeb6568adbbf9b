// Refiner: deterministic rewrites of a finished post for when no LLM is configured (DESIGN.md:
// refinement belongs to the generate stage). Each action changes the text in one predictable way
// and never adds a statement that is not a fact of the source, so a refined post stays grounded.
// Every edit keeps the post's shape (generate/post_shape.h): the hook first, added paragraphs
// before the closing question, call to action and link, hashtags last, no orphan punctuation.
//
//   auto refined = generate::Refine({.text = post.text, .facts = sheet.facts},
//                                   RefineAction::kShorter);
//   if (!refined) ...  // kConflict: the action cannot change this text ("no emoji to remove")
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
  kUseHook,  // open with the hook option RefineInput::hook_choice names
};
std::string_view ToString(RefineAction value);
std::optional<RefineAction> ParseRefineAction(std::string_view text);
// The presets feedback can name: "shorter|longer|…" (use-hook is asked for with its hook).
std::string RefineActionChoices();

// Which way kAnotherTone goes: kToggle turns an energetic post calm and a calm one energetic.
enum class ToneShift { kToggle, kCalmer, kLivelier };

struct RefineInput {
  std::string text;                      // the post as it stands (hook first, hashtags last)
  std::vector<HookOption> hook_options;  // alternatives for kAnotherHook and kUseHook
  std::vector<core::Fact> facts;         // every fact of the source, for kLonger and friends
  ToneShift tone_shift = ToneShift::kToggle;
  // kUseHook: a hook type name ("story"), a 1-based option number ("2") or an option's text.
  std::string hook_choice;
};

struct Refined {
  std::string text;
  std::string note;  // what changed, one sentence ("Removed the paragraph about …")
};

core::Result<Refined> Refine(const RefineInput& input, RefineAction action);

}  // namespace repopost::generate
