// SupportChecker's cue rules: a superlative, an absolute or another cue counts only when the best
// evidence itself states it, and a claim that widens the evidence's qualifier says more than the
// repository: "always faster" where it says "generally faster", "the fastest" where it says "one
// of the fastest". The rationale names the qualifier the claim dropped.
#include <string>

#include "safety/support_checker.h"
#include "text/entity_extractor.h"

namespace repopost::safety {
namespace {

// Words that make a statement hold usually rather than always.
constexpr std::string_view kHedges[] = {
    "generally", "usually",   "typically",  "often",           "mostly",        "in most cases",
    "largely",   "normally",  "tends to",   "almost always",   "nearly always", "in many cases",
    "commonly",  "sometimes", "frequently", "most of the time"};

// Phrases that put a superlative among others: "one of the fastest".
constexpr std::string_view kNarrowings[] = {"one of the ", "one of ", "among the "};

bool HasWord(std::string_view text, std::string_view word) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    const std::size_t end = at + word.size();
    const bool ends = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

std::string HedgeIn(std::string_view evidence) {
  for (std::string_view hedge : kHedges) {
    if (HasWord(evidence, hedge)) return std::string(hedge);
  }
  return "";
}

// The narrowing right before `at` in `text`, or "".
std::string NarrowingBefore(std::string_view text, std::size_t at) {
  const std::string_view before = text.substr(0, at);
  for (std::string_view narrowing : kNarrowings) {
    if (before.ends_with(narrowing)) return std::string(narrowing.substr(0, narrowing.size() - 1));
  }
  return "";
}

// "one of the" when every time the evidence states `cue` it narrows it, "" otherwise.
std::string NarrowedEverywhere(std::string_view evidence, std::string_view cue) {
  std::string narrowing;
  for (std::size_t at = evidence.find(cue); at != std::string_view::npos;
       at = evidence.find(cue, at + 1)) {
    const std::string here = NarrowingBefore(evidence, at);
    if (here.empty()) return "";
    narrowing = here;
  }
  return narrowing;
}

}  // namespace

std::string SupportChecker::CueNotStated(const Claim& claim, const Cue& cue,
                                         const BestWindow& best) const {
  // The best evidence itself, not merely somewhere near it.
  std::string evidence;
  bool in_vocabulary = false;
  if (best.chunk != nullptr && !best.chunk->windows.empty() && !best.all_facts) {
    const EvidenceWindow& first = best.chunk->windows[best.window];
    const EvidenceWindow& last =
        best.chunk->windows[std::min(best.window + best.span, best.chunk->windows.size()) - 1];
    evidence = best.chunk->lower_text.substr(first.begin, last.end - first.begin);
    in_vocabulary = best.chunk->vocabulary.find(cue.normalized) != std::string::npos;
    for (const auto& [chunk, w] : best.extra) {
      const EvidenceWindow& ew = chunk->windows[w];
      evidence += "\n" + chunk->lower_text.substr(ew.begin, ew.end - ew.begin);
    }
  }
  const std::string what = std::string(ToString(cue.kind)) + " \"" + cue.phrase + "\"";
  const bool stated = in_vocabulary || evidence.find(cue.normalized) != std::string::npos;
  if (stated) {
    if (cue.kind != CueKind::kSuperlative || in_vocabulary) return "";
    const std::string narrowing = NarrowedEverywhere(evidence, cue.normalized);
    std::string claim_lower(claim.text());
    for (char& c : claim_lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (narrowing.empty() || !NarrowingBefore(claim_lower, cue.begin).empty()) return "";
    return "dropped qualifier \"" + narrowing + "\" before \"" + cue.phrase + "\"";
  }
  if (cue.normalized == "zero" && (best.negations > 0 || ZeroIsAFact(claim.text()))) return "";
  if (cue.kind == CueKind::kAbsolute) {
    if (const std::string hedge = HedgeIn(evidence); !hedge.empty()) {
      return "dropped qualifier \"" + hedge + "\" (the claim says \"" + cue.phrase + "\")";
    }
  }
  return what;
}

}  // namespace repopost::safety
