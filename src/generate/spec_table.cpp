#include "generate/spec_table.h"

#include <array>

#include "core/enum_table.h"

namespace repopost::generate {
namespace {
using core::FactKind;
using S = BodySection;

constexpr core::EnumTable<BodySection, 11> kSections{{{
    {S::kWhy, "why"},
    {S::kFeatures, "features"},
    {S::kTryIt, "try-it"},
    {S::kUsage, "usage"},
    {S::kWhatsNew, "whats-new"},
    {S::kJourney, "journey"},
    {S::kStack, "stack"},
    {S::kLearn, "learn"},
    {S::kBenchmark, "benchmark"},
    {S::kCallToAction, "call-to-action"},
    {S::kLink, "link"},
}}};

// ---- styles ---------------------------------------------------------------------------------
constexpr std::array kGrowthFacts{FactKind::kDescription, FactKind::kFeature,
                                  FactKind::kInstallCommand, FactKind::kChangelogEntry,
                                  FactKind::kBenchmark};
constexpr std::array kGrowthSections{S::kWhy,   S::kFeatures,     S::kBenchmark,
                                     S::kTryIt, S::kUsage,        S::kWhatsNew,
                                     S::kStack, S::kCallToAction, S::kLink};
constexpr std::array<std::string_view, 3> kGrowthRules{
    "Lead with what the project does for the reader, in the project's own words.",
    "Put the install line where a reader can copy it.",
    "Ask for a try or a star; never promise an outcome."};

constexpr std::array kLearningFacts{FactKind::kSummary, FactKind::kLanguage, FactKind::kExample,
                                    FactKind::kDocsPage, FactKind::kLineCount};
constexpr std::array kLearningSections{S::kWhy,   S::kLearn, S::kFeatures,     S::kUsage,
                                       S::kTryIt, S::kStack, S::kCallToAction, S::kLink};
constexpr std::array<std::string_view, 3> kLearningRules{
    "Frame the project as something to read and learn from: examples, docs, the code itself.",
    "Say what a reader can study; never claim what the author learned.",
    "End with a question about learning or reading code."};

constexpr std::array kBuildFacts{FactKind::kFirstCommit,    FactKind::kCommitCount,
                                 FactKind::kAuthorCount,    FactKind::kLatestTag,
                                 FactKind::kChangelogEntry, FactKind::kRecentCommit};
constexpr std::array kBuildSections{S::kWhy,   S::kJourney,      S::kWhatsNew, S::kFeatures,
                                    S::kTryIt, S::kCallToAction, S::kLink};
constexpr std::array<std::string_view, 3> kBuildRules{
    "Report progress with the repository's own history: first commit, commits, tags, changes.",
    "No invented struggles, timelines or lessons; the history speaks.",
    "Invite feedback on what comes next."};

constexpr std::array kRecruiterFacts{FactKind::kLanguage, FactKind::kLicense,
                                     FactKind::kDependencyCount, FactKind::kPlatform,
                                     FactKind::kFeature};
constexpr std::array kRecruiterSections{S::kWhy,   S::kStack,   S::kFeatures,     S::kBenchmark,
                                        S::kTryIt, S::kJourney, S::kCallToAction, S::kLink};
constexpr std::array<std::string_view, 3> kRecruiterRules{
    "Show the engineering: languages, platforms, dependencies, licence, scope.",
    "State skills only as what the repository shows; no job titles, employers or years.",
    "Close with an invitation to ask about how it is built."};

constexpr std::array<StyleSpec, 4> kStyleSpecs{{
    {Style::kGrowth, "Reach: what it does, how to try it, what is new.", kGrowthFacts,
     kGrowthSections, kGrowthRules,
     "Write for developers who might use the project: open with the hook, say what it does in "
     "its own words, give three to five concrete specifics (features, the install line, the "
     "latest release), and end with one line asking readers to try or star it.",
     "#DevTools"},
    {Style::kLearning, "Teaching: what a reader can learn from the code and docs.", kLearningFacts,
     kLearningSections, kLearningRules,
     "Write for developers who want to learn: present the repository as worth reading, point at "
     "its examples, docs and main language, and end with a question about learning. Do not "
     "invent what anyone learned.",
     "#LearnToCode"},
    {Style::kBuildInPublic, "Progress report told by the repository's history.", kBuildFacts,
     kBuildSections, kBuildRules,
     "Write a build-in-public update: the first commit, the commit count, contributors, the "
     "latest tag and what changed, then invite feedback on what comes next. Use only the "
     "repository's history; invent no struggles or timelines.",
     "#BuildInPublic"},
    {Style::kRecruiter, "Portfolio piece: the engineering a hiring manager can see.",
     kRecruiterFacts, kRecruiterSections, kRecruiterRules,
     "Write a portfolio post for hiring managers: what the project is, the languages, platforms, "
     "dependencies and licence, a few features that show the engineering, and an invitation to "
     "ask how it is built. No job titles, employers, years of experience or team sizes.",
     "#SoftwareEngineering"},
}};

// ---- tones ----------------------------------------------------------------------------------
constexpr std::array<std::string_view, 2> kMinimalRules{
    "Plain statements, no exclamation marks, no emoji.", "Short sentences; no superlatives."};
constexpr std::array<std::string_view, 2> kBalancedRules{
    "Warm, direct sentences; at most one exclamation mark.",
    "A few emoji, only as bullet markers."};
constexpr std::array<std::string_view, 2> kHighEnergyRules{
    "Energetic wording and exclamation marks are welcome; facts stay exact.",
    "Emoji as bullets and at the end of the hook and the call to action, never inside code or "
    "names."};

constexpr std::array<ToneSpec, 3> kToneSpecs{{
    {Tone::kMinimal, "Quiet and factual.", 0, "• ", "• ", "→ ", "", "", kMinimalRules,
     "Use a minimal tone: plain, factual sentences, no emoji, no exclamation marks, bullets as •."},
    {Tone::kBalanced, "Friendly and clear.", 8, "✅ ", "→ ", "→ ", "", "", kBalancedRules,
     "Use a balanced tone: friendly and direct, a few emoji only as bullet markers, at most one "
     "exclamation mark."},
    {Tone::kHighEnergy, "Enthusiastic.", 16, "🔥 ", "✨ ", "→ ", " 🚀", " ⭐", kHighEnergyRules,
     "Use a high-energy tone: lively wording, exclamation marks allowed, emoji as bullets and at "
     "the end of the hook and call to action, never inside code, commands or names."},
}};

// ---- hooks ----------------------------------------------------------------------------------
constexpr std::array kCuriosityFacts{FactKind::kDescription, FactKind::kSummary,
                                     FactKind::kLineCount, FactKind::kFileCount};
constexpr std::array kBoldFacts{FactKind::kBenchmark, FactKind::kProperty,
                                FactKind::kDependencyCount};
constexpr std::array kStoryFacts{FactKind::kFirstCommit, FactKind::kCommitCount,
                                 FactKind::kLatestTag};
constexpr std::array kContrarianFacts{FactKind::kProperty, FactKind::kDependencyCount,
                                      FactKind::kLineCount, FactKind::kFileCount};
constexpr std::array kEmotionalFacts{FactKind::kProperty, FactKind::kDependencyCount,
                                     FactKind::kLatestTag};

constexpr std::array kCuriosityFallbacks{HookType::kStory, HookType::kEmotional,
                                         HookType::kBoldClaim, HookType::kContrarian};
constexpr std::array kBoldFallbacks{HookType::kEmotional, HookType::kCuriosity, HookType::kStory,
                                    HookType::kContrarian};
constexpr std::array kStoryFallbacks{HookType::kCuriosity, HookType::kEmotional,
                                     HookType::kBoldClaim, HookType::kContrarian};
constexpr std::array kContrarianFallbacks{HookType::kBoldClaim, HookType::kCuriosity,
                                          HookType::kEmotional, HookType::kStory};
constexpr std::array kEmotionalFallbacks{HookType::kStory, HookType::kCuriosity,
                                         HookType::kBoldClaim, HookType::kContrarian};

constexpr std::array<std::string_view, 2> kCuriosityRules{
    "Open a question the next lines answer with the project's own tagline or size.",
    "No rhetorical claims about the reader."};
constexpr std::array<std::string_view, 2> kBoldRules{
    "Only a claim the repository makes itself, with its number and qualifier intact.",
    "Never a comparison the repository does not make."};
constexpr std::array<std::string_view, 2> kStoryRules{
    "Tell the repository's own history: first commit subject and year, commit count.",
    "No invented narrator, struggle or motive."};
constexpr std::array<std::string_view, 2> kContrarianRules{
    "Push back on a common assumption using what the project avoids (dependencies, size).",
    "The avoided thing must be stated by the repository."};
constexpr std::array<std::string_view, 2> kEmotionalRules{
    "Name a feeling about a property the repository stresses, never about an invented experience.",
    "Keep it to one line."};

constexpr std::array<HookSpec, 5> kHookSpecs{{
    {HookType::kCuriosity,
     "What does it take to {tagline as a verb phrase}? {project} does it in {size fact}.",
     kCuriosityFacts, kCuriosityFallbacks, kCuriosityRules,
     "Curiosity hook: a question the post answers, built from the tagline and a size fact "
     "(files, lines); under 140 characters."},
    {HookType::kBoldClaim, "{benchmark fact}.", kBoldFacts, kBoldFallbacks, kBoldRules,
     "Bold-claim hook: quote one benchmark or property sentence the repository itself states, "
     "with its number and qualifier unchanged; under 140 characters."},
    {HookType::kStory,
     "{project} began with one commit: \"{first commit subject}\" ({year}). {commits} commits "
     "later…",
     kStoryFacts, kStoryFallbacks, kStoryRules,
     "Story hook: the repository's own history, the first commit subject and year and the commit "
     "count; one line under 140 characters."},
    {HookType::kContrarian, "You don't need {what the README says it avoids} to {job}.",
     kContrarianFacts, kContrarianFallbacks, kContrarianRules,
     "Contrarian hook: challenge a common assumption with something the repository avoids (zero "
     "dependencies, a small codebase); under 140 characters."},
    {HookType::kEmotional, "There is something satisfying about {a property the README stresses}.",
     kEmotionalFacts, kEmotionalFallbacks, kEmotionalRules,
     "Emotional hook: a feeling about a property the repository stresses (a single file, zero "
     "dependencies, a fresh release); under 140 characters."},
}};

constexpr std::array kAllStyles{Style::kGrowth, Style::kLearning, Style::kBuildInPublic,
                                Style::kRecruiter};
constexpr std::array kAllTones{Tone::kMinimal, Tone::kBalanced, Tone::kHighEnergy};
constexpr std::array kAllHooks{HookType::kCuriosity, HookType::kBoldClaim, HookType::kStory,
                               HookType::kContrarian, HookType::kEmotional};

constexpr std::array<std::string_view, 5> kUniversalRules{
    "Every sentence states only facts from the repository; every number, version and name "
    "appears in the facts.",
    "No invented first person or experience (\"I spent years…\", \"when I first tried it…\").",
    "No adoption, popularity or user counts, no comparisons and no outcome promises unless the "
    "repository states them.",
    "Keep qualifiers with their numbers; keep scope (platforms, conditions) exactly as stated.",
    "LinkedIn text: a one-line hook under 140 characters, short paragraphs, no Markdown, at most "
    "3,000 characters; three to five CamelCase hashtags, given only in the hashtags list."};

template <typename Spec, typename Key, std::size_t N>
const Spec& Lookup(const std::array<Spec, N>& specs, Key key, Key Spec::*member) {
  for (const Spec& spec : specs) {
    if (spec.*member == key) return spec;
  }
  return specs.front();  // unreachable: every enumerator has an entry (spec_table_test checks)
}
}  // namespace

std::string_view ToString(BodySection value) { return kSections.Name(value); }

const StyleSpec& SpecFor(Style style) { return Lookup(kStyleSpecs, style, &StyleSpec::style); }
const ToneSpec& SpecFor(Tone tone) { return Lookup(kToneSpecs, tone, &ToneSpec::tone); }
const HookSpec& SpecFor(HookType hook) { return Lookup(kHookSpecs, hook, &HookSpec::hook); }

std::span<const Style> AllStyles() { return kAllStyles; }
std::span<const Tone> AllTones() { return kAllTones; }
std::span<const HookType> AllHookTypes() { return kAllHooks; }
std::span<const std::string_view> UniversalRules() { return kUniversalRules; }

}  // namespace repopost::generate
