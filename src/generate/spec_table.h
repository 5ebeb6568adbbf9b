// SpecTable: the one description of every style, tone and hook type. The template writer reads
// the section order, bullets and fallbacks from here; the LLM writer (a later issue) reads the same
// entries' `prompt_instruction` and `wording_rules` to build its prompt, so both writers agree on
// what "recruiter" or "high-energy" means.
//
//   const StyleSpec& style = SpecFor(Style::kRecruiter);
//   for (BodySection section : style.sections) ...
//
// All entries are static constants; the references returned live for the whole program.
#pragma once

#include <span>
#include <string_view>

#include "core/fact.h"
#include "generate/post_options.h"

namespace repopost::generate {

// The paragraphs a post body is built from, in the order a style lists them.
enum class BodySection {
  kWhy,        // what the project is, in its own words (description, summary)
  kFeatures,   // feature bullets
  kTryIt,      // the install command
  kUsage,      // the first line of a usage snippet
  kWhatsNew,   // latest release / changelog entry
  kJourney,    // history: first commit, commits, contributors, tags
  kStack,      // languages, licence, dependencies, platforms
  kLearn,      // examples and docs pages worth reading
  kBenchmark,  // benchmark sentences the README states
  kCallToAction,
  kLink,
};
std::string_view ToString(BodySection value);

struct StyleSpec {
  Style style;
  std::string_view summary;  // one line for humans and docs
  // Fact kinds this style leans on; the writer works without them but the post is weaker.
  std::span<const core::FactKind> wanted_facts;
  std::span<const BodySection> sections;  // body order after the hook
  std::span<const std::string_view> wording_rules;
  std::string_view prompt_instruction;
  std::string_view hashtag;  // a style tag used only to fill up to three hashtags
};

struct ToneSpec {
  Tone tone;
  std::string_view summary;
  int max_emoji;                    // upper bound on emoji in the whole post
  std::string_view feature_bullet;  // "• " or an emoji bullet
  std::string_view change_bullet;
  std::string_view code_bullet;  // always plain: emoji never touch code
  std::string_view hook_accent;  // appended to the hook ("" for none)
  std::string_view cta_accent;   // appended to the call to action
  std::span<const std::string_view> wording_rules;
  std::string_view prompt_instruction;
};

struct HookSpec {
  HookType hook;
  std::string_view pattern;  // the grounded pattern from POSTS.md, slots named after facts
  // Facts that can feed this hook; any one group being present is enough (see hook_writer.cpp).
  std::span<const core::FactKind> feeding_facts;
  std::span<const HookType> fallbacks;  // tried in order when the facts are missing
  std::span<const std::string_view> wording_rules;
  std::string_view prompt_instruction;
};

const StyleSpec& SpecFor(Style style);
const ToneSpec& SpecFor(Tone tone);
const HookSpec& SpecFor(HookType hook);

// Every value, in enum order, for iteration in tests and prompt building.
std::span<const Style> AllStyles();
std::span<const Tone> AllTones();
std::span<const HookType> AllHookTypes();

// Rules every post obeys whatever the style: the grounding contract (POSTS.md).
std::span<const std::string_view> UniversalRules();

}  // namespace repopost::generate
