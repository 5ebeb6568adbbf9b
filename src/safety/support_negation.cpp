// SupportChecker's polarity rules: a claim that negates what its best evidence states (or states
// what the evidence negates) is contradicted. A passage of text is compared word for word with
// the claim; a fact of a property (a platform, a language, a licence, a dependency) states its
// value positively, so a claim that negates that value ("does not support Windows" against
// the platform fact "Windows") contradicts it.
#include <algorithm>
#include <string>

#include "safety/support_checker.h"
#include "text/entity_extractor.h"

namespace repopost::safety {
namespace {

// "not only Linux", "not just a parser", "not limited to": the negation adds, it does not deny.
bool NegatesOnlyALimit(std::string_view claim_lower) {
  for (std::string_view additive : {"not only", "not just", "not limited", "not merely",
                                    "no matter", "not restricted", "no longer only"}) {
    if (claim_lower.find(additive) != std::string_view::npos) return true;
  }
  return false;
}

// Facts whose value is a property the project has: negating it denies the fact. (A commit
// subject or a changelog item is a sentence, compared as a passage is.)
bool StatesAProperty(const std::optional<core::FactKind>& kind) {
  return kind == core::FactKind::kPlatform || kind == core::FactKind::kLanguage ||
         kind == core::FactKind::kLicense || kind == core::FactKind::kDependency;
}

bool Shares(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& sorted_b) {
  return std::any_of(a.begin(), a.end(), [&](std::uint64_t h) {
    return std::binary_search(sorted_b.begin(), sorted_b.end(), h);
  });
}

}  // namespace

std::string SupportChecker::ValueFactNegated(const Claim& claim, const ChunkAnalysis& fact) const {
  if (!StatesAProperty(fact.fact_kind)) return "";
  const std::string value = fact.chunk->text.substr(0, fact.chunk->text.find('\n'));
  // A value that itself says "no" is not denied by another "no".
  if (value.empty() || EvidenceStore::CountNegations(value) > 0) return "";
  const std::string lower = text::EntityExtractor::Normalize(claim.text());
  if (NegatesOnlyALimit(lower)) return "";
  std::vector<std::uint64_t> window_terms;
  for (const EvidenceWindow& w : fact.windows) {
    window_terms.insert(window_terms.end(), w.terms.begin(), w.terms.end());
  }
  std::sort(window_terms.begin(), window_terms.end());
  std::vector<std::uint64_t> scope;
  const std::vector<std::uint64_t> negated = AnchoredNegations(claim.text(), window_terms, &scope);
  if (negated.empty()) return "";
  // The negation must reach the fact's value itself, not only its kind's words: "no config
  // needed, runs on Linux" negates "config", not "Linux".
  std::vector<std::uint64_t> value_terms = EvidenceStore::TermHashes(value);
  std::sort(value_terms.begin(), value_terms.end());
  if (!Shares(scope, value_terms) && !Shares(negated, value_terms)) return "";
  return "negation of what the repository states (" + value + ")";
}

std::string SupportChecker::Polarity(const Claim& claim, const ClaimTerms& claim_terms,
                                     const BestWindow& best) const {
  const std::vector<std::uint64_t>& terms = claim_terms.stems;
  if (terms.empty() || best.chunk == nullptr || best.chunk->windows.empty() || best.all_facts ||
      !best.extra.empty() || best.coverage < options_.negation_min_coverage) {
    return "";
  }
  if (!best.chunk->vocabulary.empty()) return ValueFactNegated(claim, *best.chunk);
  // A passage may cover the claim as well as a value fact does ("first class support on Windows"
  // and the platform fact "Windows"): the fact's statement counts too.
  for (const ChunkAnalysis* fact : store_.fact_chunks()) {
    if (fact->vocabulary.empty() || fact->windows.empty()) continue;
    double coverage = 0;
    for (const EvidenceWindow& w : fact->windows) {
      coverage = std::max(coverage, WindowCoverage(claim_terms, w));
    }
    if (coverage < options_.negation_min_coverage) continue;
    if (std::string flip = ValueFactNegated(claim, *fact); !flip.empty()) return flip;
  }
  // A passage: only negations of words both sides share count: "formats JSON files, with zero
  // dependencies" does not negate "formats JSON files".
  const std::size_t last_window =
      std::min(best.window + std::max<std::size_t>(best.span, 1), best.chunk->windows.size());
  std::vector<std::uint64_t> window_terms;
  for (std::size_t w = best.window; w < last_window; ++w) {
    const auto& t = best.chunk->windows[w].terms;
    window_terms.insert(window_terms.end(), t.begin(), t.end());
  }
  const EvidenceWindow& first = best.chunk->windows[best.window];
  const EvidenceWindow& last = best.chunk->windows[last_window - 1];
  const std::string_view window_text =
      std::string_view(best.chunk->lower_text).substr(first.begin, last.end - first.begin);
  std::vector<std::uint64_t> claim_scope;
  std::vector<std::uint64_t> evidence_scope;
  const std::vector<std::uint64_t> claim_negated =
      AnchoredNegations(claim.text(), window_terms, &claim_scope);
  const std::vector<std::uint64_t> evidence_negated =
      AnchoredNegations(window_text, terms, &evidence_scope);
  // A word one side negates and the other states outside any negation's reach is a flip;
  // "no heap allocations" against "zero allocation ... no heap allocations" is not one.
  const auto unmatched = [](const std::vector<std::uint64_t>& negated,
                            const std::vector<std::uint64_t>& other_scope) {
    return std::any_of(negated.begin(), negated.end(), [&](std::uint64_t w) {
      return std::find(other_scope.begin(), other_scope.end(), w) == other_scope.end();
    });
  };
  const bool flipped =
      unmatched(claim_negated, evidence_scope) || unmatched(evidence_negated, claim_scope);
  if (!flipped || terms.size() < 3) return "";
  return claim_negated.size() > evidence_negated.size() ? "negation the evidence does not have"
                                                        : "the evidence is negated";
}

}  // namespace repopost::safety
