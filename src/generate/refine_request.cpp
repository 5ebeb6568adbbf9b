#include "generate/refine_request.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace repopost::generate {
namespace {

struct Phrase {
  std::string_view words;  // lower case, single spaces, no punctuation
  RefineAction action;
  ToneShift tone_shift = ToneShift::kToggle;
};

using A = RefineAction;
using T = ToneShift;

// What people write when they ask for each preset. Longer phrases are matched first and consume
// their words, so "less technical" never also counts as "technical".
constexpr std::array kPhrases{
    Phrase{"shorter", A::kShorter},
    Phrase{"shorten", A::kShorter},
    Phrase{"too long", A::kShorter},
    Phrase{"concise", A::kShorter},
    Phrase{"trim", A::kShorter},
    Phrase{"cut it down", A::kShorter},
    Phrase{"condense", A::kShorter},
    Phrase{"tighter", A::kShorter},
    Phrase{"brief", A::kShorter},
    Phrase{"less text", A::kShorter},
    Phrase{"longer", A::kLonger},
    Phrase{"lengthen", A::kLonger},
    Phrase{"too short", A::kLonger},
    Phrase{"expand", A::kLonger},
    Phrase{"elaborate", A::kLonger},
    Phrase{"more detail", A::kLonger},
    Phrase{"more details", A::kLonger},
    Phrase{"add more", A::kLonger},
    Phrase{"more technical", A::kMoreTechnical},
    Phrase{"technical", A::kMoreTechnical},
    Phrase{"more code", A::kMoreTechnical},
    Phrase{"for developers", A::kMoreTechnical},
    Phrase{"more depth", A::kMoreTechnical},
    Phrase{"less technical", A::kLessTechnical},
    Phrase{"too technical", A::kLessTechnical},
    Phrase{"not technical", A::kLessTechnical},
    Phrase{"non technical", A::kLessTechnical},
    Phrase{"simpler", A::kLessTechnical},
    Phrase{"simplify", A::kLessTechnical},
    Phrase{"less jargon", A::kLessTechnical},
    Phrase{"no jargon", A::kLessTechnical},
    Phrase{"plain english", A::kLessTechnical},
    Phrase{"no code", A::kLessTechnical},
    Phrase{"more specific", A::kMoreSpecific},
    Phrase{"specific", A::kMoreSpecific},
    Phrase{"too generic", A::kMoreSpecific},
    Phrase{"generic", A::kMoreSpecific},
    Phrase{"too vague", A::kMoreSpecific},
    Phrase{"vague", A::kMoreSpecific},
    Phrase{"concrete", A::kMoreSpecific},
    Phrase{"numbers", A::kMoreSpecific},
    Phrase{"another hook", A::kAnotherHook},
    Phrase{"different hook", A::kAnotherHook},
    Phrase{"other hook", A::kAnotherHook},
    Phrase{"new hook", A::kAnotherHook},
    Phrase{"better hook", A::kAnotherHook},
    Phrase{"hook", A::kAnotherHook},
    Phrase{"opening", A::kAnotherHook},
    Phrase{"first line", A::kAnotherHook},
    Phrase{"another tone", A::kAnotherTone},
    Phrase{"different tone", A::kAnotherTone},
    Phrase{"change the tone", A::kAnotherTone},
    Phrase{"tone", A::kAnotherTone},
    Phrase{"more professional", A::kAnotherTone, T::kCalmer},
    Phrase{"professional", A::kAnotherTone, T::kCalmer},
    Phrase{"formal", A::kAnotherTone, T::kCalmer},
    Phrase{"calmer", A::kAnotherTone, T::kCalmer},
    Phrase{"calm", A::kAnotherTone, T::kCalmer},
    Phrase{"serious", A::kAnotherTone, T::kCalmer},
    Phrase{"less hype", A::kAnotherTone, T::kCalmer},
    Phrase{"less excited", A::kAnotherTone, T::kCalmer},
    Phrase{"less salesy", A::kAnotherTone, T::kCalmer},
    Phrase{"tone it down", A::kAnotherTone, T::kCalmer},
    Phrase{"more casual", A::kAnotherTone, T::kLivelier},
    Phrase{"casual", A::kAnotherTone, T::kLivelier},
    Phrase{"energetic", A::kAnotherTone, T::kLivelier},
    Phrase{"excited", A::kAnotherTone, T::kLivelier},
    Phrase{"enthusiastic", A::kAnotherTone, T::kLivelier},
    Phrase{"livelier", A::kAnotherTone, T::kLivelier},
    Phrase{"more fun", A::kAnotherTone, T::kLivelier},
    Phrase{"friendlier", A::kAnotherTone, T::kLivelier},
    Phrase{"punchier", A::kAnotherTone, T::kLivelier},
    Phrase{"remove emoji", A::kRemoveEmoji},
    Phrase{"no emoji", A::kRemoveEmoji},
    Phrase{"less emoji", A::kRemoveEmoji},
    Phrase{"fewer emoji", A::kRemoveEmoji},
    Phrase{"without emoji", A::kRemoveEmoji},
    Phrase{"emoji", A::kRemoveEmoji},
    Phrase{"emojis", A::kRemoveEmoji},
};

// Lower case, every run of non-alphanumeric ASCII as one space, padded with spaces so a phrase
// matches whole words only (" hook " is not in " hooks ").
std::string Normalise(std::string_view text) {
  std::string out = " ";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 || u >= 0x80) {
      out += static_cast<char>(std::tolower(u));
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

}  // namespace

std::string SupportedRefineRequests() {
  return "shorter, longer, more technical, less technical, more specific, another hook, more "
         "casual, more professional, another tone or no emoji";
}

core::Result<RefineRequest> ParseRefineRequest(std::string_view feedback) {
  if (auto preset = ParseRefineAction(feedback); preset && *preset != RefineAction::kUseHook) {
    return RefineRequest{*preset, ToneShift::kToggle};
  }
  std::string text = Normalise(feedback);
  std::vector<const Phrase*> order;
  for (const Phrase& phrase : kPhrases) order.push_back(&phrase);
  std::stable_sort(order.begin(), order.end(), [](const Phrase* a, const Phrase* b) {
    return a->words.size() > b->words.size();
  });
  std::vector<const Phrase*> found;
  for (const Phrase* phrase : order) {
    const std::string needle = " " + std::string(phrase->words) + " ";
    const std::size_t at = text.find(needle);
    if (at == std::string::npos) continue;
    text.replace(at + 1, phrase->words.size(), std::string(phrase->words.size(), '_'));
    found.push_back(phrase);
  }
  const auto same = [&](const Phrase* p) {
    return p->action == found.front()->action && p->tone_shift == found.front()->tone_shift;
  };
  const std::string quoted = "\"" + std::string(feedback) + "\"";
  if (found.empty()) {
    return core::Fail(core::ErrorCode::kUsage,
                      "Could not tell what " + quoted +
                          " asks for; ask for one of: " + SupportedRefineRequests() +
                          " (or a preset: " + RefineActionChoices() + ").");
  }
  // A plain "tone" beside a direction ("a more casual tone") is that direction.
  std::erase_if(found, [&](const Phrase* p) {
    return p->action == RefineAction::kAnotherTone && p->tone_shift == ToneShift::kToggle &&
           std::any_of(found.begin(), found.end(), [](const Phrase* q) {
             return q->action == RefineAction::kAnotherTone && q->tone_shift != ToneShift::kToggle;
           });
  });
  if (!std::all_of(found.begin(), found.end(), same)) {
    return core::Fail(core::ErrorCode::kUsage,
                      quoted + " asks for more than one change; ask for one at a time: " +
                          SupportedRefineRequests() + ".");
  }
  return RefineRequest{found.front()->action, found.front()->tone_shift};
}

}  // namespace repopost::generate
