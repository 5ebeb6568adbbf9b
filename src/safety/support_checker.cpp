#include "safety/support_checker.h"

#include <algorithm>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "safety/claim_judge.h"
#include "safety/evidence_location.h"
#include "safety/support_rules.h"
#include "text/entity_extractor.h"
#include "text/index_terms.h"
#include "text/stemmer.h"
#include "text/stop_words.h"
#include "text/tokenizer.h"

namespace repopost::safety {
namespace {

// Discourse words that carry no claim of their own ("so far", "in total", "worth a look").
constexpr std::string_view kDiscourseWords[] = {
    "since", "total", "far", "worth", "look", "here", "thing", "stands", "really", "actually",
    "quite", "pretty", "today", "way", "lot", "bit", "kind", "sort", "also", "even", "end", "one",
    "story", "whole",
    // A post's words about its own sources and structure ("the README says", "one caveat",
    // "proof:"): they attribute a statement, they do not add to it.
    "readme", "says", "said", "docs", "caveat", "proof", "honest", "plus"};

}  // namespace

Evidence WindowEvidence(const ChunkAnalysis& chunk, std::size_t window, std::size_t span,
                        std::string part) {
  const EvidenceWindow& first = chunk.windows[window];
  const EvidenceWindow& last = chunk.windows[std::min(window + span - 1, chunk.windows.size() - 1)];
  Evidence e;
  e.chunk_id = chunk.chunk->id;
  e.fact_id = chunk.chunk->fact_id;
  e.path = Location(chunk.chunk->provenance);
  if (IsFileLocation(chunk.chunk->provenance) && first.line > 0) {
    e.line_begin = first.line;
    e.line_end = last.line + static_cast<int>(std::count(
                                 chunk.chunk->text.begin() + static_cast<long>(last.begin),
                                 chunk.chunk->text.begin() + static_cast<long>(last.end), '\n'));
  }
  std::string text = chunk.chunk->text.substr(first.begin, last.end - first.begin);
  if (text.size() > 300) {
    std::size_t cut = 300;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "…";
  }
  e.matched_text = std::move(text);
  e.part = std::move(part);
  return e;
}

SupportChecker::SupportChecker(const EvidenceStore& store, const index::RepoIndex& index,
                               const CheckerOptions& options)
    : store_(store),
      index_(index),
      options_(options),
      paraphrases_(options.use_wordnet ? text::WordNet::Shared() : nullptr) {
  project_terms_ = EvidenceStore::TermHashes(store.project_name());
  for (std::string_view word : kDiscourseWords) {
    project_terms_.push_back(EvidenceStore::Hash(text::StemEnglish(word)));
  }
  std::sort(project_terms_.begin(), project_terms_.end());
  for (const ChunkAnalysis* fact : store.fact_chunks()) {
    for (const EvidenceWindow& w : fact->windows) {
      fact_terms_.insert(fact_terms_.end(), w.terms.begin(), w.terms.end());
    }
  }
  std::sort(fact_terms_.begin(), fact_terms_.end());
  fact_terms_.erase(std::unique(fact_terms_.begin(), fact_terms_.end()), fact_terms_.end());
}

std::vector<std::uint64_t> SupportChecker::ContentTerms(std::string_view text) const {
  std::vector<std::uint64_t> out;
  for (const std::string& term : text::IndexTerms(text)) {
    if (term.empty() || std::isdigit(static_cast<unsigned char>(term[0])) ||
        (term[0] == 'v' && term.size() > 1 && std::isdigit(static_cast<unsigned char>(term[1])))) {
      continue;  // numbers and versions are checked as numbers
    }
    const std::uint64_t h = EvidenceStore::Hash(term);
    if (std::binary_search(project_terms_.begin(), project_terms_.end(), h)) continue;
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool SupportChecker::SaidVerbatim(std::string_view text) const {
  const std::string normalized = text::EntityExtractor::Normalize(text);
  return std::count(normalized.begin(), normalized.end(), ' ') >= 1 && store_.HasPhrase(normalized);
}

bool SupportChecker::CommandFound(std::string_view text) const {
  const std::size_t colon = text.rfind(": ");
  if (colon == std::string_view::npos) return false;
  const std::string command = text::EntityExtractor::Normalize(text.substr(colon + 2));
  if (std::count(command.begin(), command.end(), ' ') < 1) return false;
  if (ContentTerms(text.substr(0, colon)).size() > 3) return false;
  return store_.HasPhrase(command);
}

SupportChecker::ClaimTerms SupportChecker::Terms(std::string_view text) const {
  std::vector<std::pair<std::uint64_t, std::string>> words;
  for (const text::Token& token : text::Tokenize(text)) {
    if (token.kind == text::TokenKind::kNumber || token.kind == text::TokenKind::kVersion ||
        token.text.empty()) {
      continue;  // numbers and versions are checked as numbers
    }
    if (token.kind == text::TokenKind::kWord &&
        (token.text.size() < 2 || text::IsStopWord(token.text))) {
      continue;
    }
    const std::string stem =
        token.kind == text::TokenKind::kUrl ? token.text : text::StemEnglish(token.text);
    if (stem.empty() || std::isdigit(static_cast<unsigned char>(stem[0])) ||
        (stem[0] == 'v' && stem.size() > 1 && std::isdigit(static_cast<unsigned char>(stem[1])))) {
      continue;
    }
    const std::uint64_t h = EvidenceStore::Hash(stem);
    if (std::binary_search(project_terms_.begin(), project_terms_.end(), h)) continue;
    words.emplace_back(h, token.kind == text::TokenKind::kWord ? token.text : std::string());
  }
  std::sort(words.begin(), words.end());
  ClaimTerms out;
  for (auto& [h, word] : words) {
    if (!out.stems.empty() && out.stems.back() == h) continue;
    out.stems.push_back(h);
    out.related.push_back(word.empty() ? std::vector<std::uint64_t>()
                                       : paraphrases_.Related(word, h));
  }
  return out;
}

bool SupportChecker::Covers(const std::vector<std::uint64_t>& window_terms, const ClaimTerms& terms,
                            std::size_t i) const {
  if (std::binary_search(window_terms.begin(), window_terms.end(), terms.stems[i])) return true;
  for (std::uint64_t s : terms.related[i]) {
    if (std::binary_search(window_terms.begin(), window_terms.end(), s)) return true;
  }
  return false;
}

SupportChecker::BestWindow SupportChecker::FindBestWindow(
    const ClaimTerms& claim_terms, const std::vector<const ChunkAnalysis*>& chunks) const {
  const std::vector<std::uint64_t>& terms = claim_terms.stems;
  BestWindow best;
  if (terms.empty()) best.coverage = 1.0;
  struct Candidate {
    const ChunkAnalysis* chunk;
    std::size_t window;
    std::uint64_t mask;  // the claim's first 64 terms this window covers
  };
  std::vector<Candidate> candidates;
  std::uint64_t best_mask = 0;
  for (const ChunkAnalysis* chunk : chunks) {
    std::vector<char> hit_prev;
    for (std::size_t w = 0; w < chunk->windows.size(); ++w) {
      const EvidenceWindow& window = chunk->windows[w];
      std::vector<char> hit(terms.size());
      std::size_t single = 0;
      std::size_t pair = 0;
      std::uint64_t mask = 0;
      for (std::size_t t = 0; t < terms.size(); ++t) {
        hit[t] = Covers(window.terms, claim_terms, t);
        single += hit[t];
        pair += hit[t] || (!hit_prev.empty() && hit_prev[t]);
        if (hit[t] && t < 64) mask |= std::uint64_t{1} << t;
      }
      if (mask != 0 && chunk->chunk->fact_id.empty()) candidates.push_back({chunk, w, mask});
      const double denom = terms.empty() ? 1.0 : static_cast<double>(terms.size());
      const double c1 = terms.empty() ? 1.0 : static_cast<double>(single) / denom;
      // A pair must beat the single window clearly to be preferred (pairs dilute evidence).
      const double c2 = terms.empty() || w == 0 ? 0.0 : static_cast<double>(pair) / denom - 0.1;
      if (best.chunk == nullptr || c1 > best.coverage) {
        best = {chunk, w, 1, c1, window.negations};
        best_mask = mask;
      }
      if (c2 > best.coverage) {
        best = {chunk, w - 1, 2, c2, window.negations + chunk->windows[w - 1].negations};
        best_mask = 0;
      }
      hit_prev = std::move(hit);
    }
  }
  // A sentence may combine what two or three passages say ("Run gem install x, then ruby
  // app.rb, and it's live on localhost:4567"): the best window plus the windows that add the
  // most of the missing words, each extra window costing options.aggregate_penalty.
  if (best_mask != 0 && !terms.empty() && terms.size() <= 64 && options_.aggregate_windows > 1 &&
      best.chunk != nullptr && best.span == 1) {
    std::uint64_t covered = best_mask;
    std::vector<std::pair<const ChunkAnalysis*, std::size_t>> extra;
    for (std::size_t k = 1; k < options_.aggregate_windows; ++k) {
      const Candidate* pick = nullptr;
      int gain = 0;
      for (const Candidate& c : candidates) {
        // Passages that together say one thing are near each other: same file, a few lines
        // apart (the install block, the run line and the URL of one README section).
        const EvidenceWindow& cw = c.chunk->windows[c.window];
        const EvidenceWindow& bw = best.chunk->windows[best.window];
        if (c.chunk->chunk->provenance.path != best.chunk->chunk->provenance.path || cw.line == 0 ||
            bw.line == 0 || std::abs(cw.line - bw.line) > options_.aggregate_max_lines) {
          continue;
        }
        const int g = std::popcount(c.mask & ~covered);
        if (g > gain) {
          gain = g;
          pick = &c;
        }
      }
      if (pick == nullptr) break;
      covered |= pick->mask;
      extra.emplace_back(pick->chunk, pick->window);
    }
    const double c =
        static_cast<double>(std::popcount(covered)) / static_cast<double>(terms.size()) -
        options_.aggregate_penalty * static_cast<double>(extra.size());
    if (!extra.empty() && c > best.coverage) {
      best.coverage = c;
      best.extra = std::move(extra);
    }
  }
  // A sentence may state several facts at once ("300 commits by 36 contributors", "written in
  // Go, Ruby and Shell"): the facts together are one more candidate, with the pair penalty.
  if (!terms.empty() && !fact_terms_.empty()) {
    std::size_t hit = 0;
    for (std::size_t t = 0; t < terms.size(); ++t) hit += Covers(fact_terms_, claim_terms, t);
    const double c = static_cast<double>(hit) / static_cast<double>(terms.size()) - 0.1;
    if (c > best.coverage && !store_.fact_chunks().empty() &&
        !store_.fact_chunks().front()->windows.empty()) {
      best = {store_.fact_chunks().front(), 0, 1, c, 0};
      best.all_facts = true;
    }
  }
  return best;
}

double SupportChecker::WindowCoverage(const ClaimTerms& terms, const EvidenceWindow& w) const {
  if (terms.stems.empty()) return 1.0;
  std::size_t hit = 0;
  for (std::size_t t = 0; t < terms.stems.size(); ++t) hit += Covers(w.terms, terms, t);
  return static_cast<double>(hit) / static_cast<double>(terms.stems.size());
}

std::vector<std::uint64_t> SupportChecker::AnchoredNegations(
    std::string_view text, const std::vector<std::uint64_t>& other_terms,
    std::vector<std::uint64_t>* scope) const {
  const std::vector<std::string> tokens = text::EntityExtractor::Tokens(text);
  std::vector<std::uint64_t> negated;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (EvidenceStore::CountNegations(tokens[i]) == 0) continue;
    // The negated word: the next content word within three tokens; the scope: all of them.
    bool anchored = false;
    for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j) {
      const std::vector<std::uint64_t> next = ContentTerms(tokens[j]);
      if (next.empty()) continue;
      if (scope != nullptr) scope->insert(scope->end(), next.begin(), next.end());
      if (anchored) continue;
      anchored = true;
      if (std::find(other_terms.begin(), other_terms.end(), next.front()) != other_terms.end()) {
        negated.push_back(next.front());
      }
    }
  }
  std::sort(negated.begin(), negated.end());
  negated.erase(std::unique(negated.begin(), negated.end()), negated.end());
  return negated;
}

ClaimResult SupportChecker::Judge(const Claim& claim) const {
  ClaimResult result;
  result.index = claim.index;
  result.begin = claim.segment.begin;
  result.end = claim.segment.end;
  result.text = claim.text();
  result.role = claim.role;
  if (claim.role != ClaimRole::kClaim) {
    result.verdict = Verdict::kNotAClaim;
    result.weight = 0;
    result.reason = RoleReason(claim.role);
    result.rationale = std::string(Describe(result.reason));
    return result;
  }
  const bool has_parts = !claim.numbers.empty() || !claim.entities.empty();
  result.weight = has_parts ? options_.number_claim_weight : 1.0;
  if (claim.numbers.empty() && claim.cues.empty() &&
      IsPresentationOnly(claim.text(), text::EntityExtractor::Normalize(store_.project_name()))) {
    result.verdict = Verdict::kNotAClaim;
    result.role = ClaimRole::kFraming;
    result.reason = Reason::kFraming;
    result.weight = 0;
    result.rationale = "presents the project by name; nothing to check";
    return result;
  }

  const std::vector<index::ScoredChunk> hits =
      options_.hybrid_retrieval ? index_.Search(claim.text(), options_.evidence_chunks)
                                : index_.SearchLexical(claim.text(), options_.evidence_chunks);
  std::vector<const ChunkAnalysis*> chunks;
  for (const index::ScoredChunk& hit : hits) chunks.push_back(&store_.Analysis(hit.chunk));
  // Facts are few and always candidates: a post states them in its own words.
  for (const ChunkAnalysis* fact : store_.fact_chunks()) {
    if (std::find(chunks.begin(), chunks.end(), fact) == chunks.end()) chunks.push_back(fact);
  }

  const ClaimTerms claim_terms = Terms(claim.text());
  const std::vector<std::uint64_t>& terms = claim_terms.stems;
  std::vector<std::string> contradictions;
  for (const text::Quantity& q : claim.numbers) {
    if (CountsThePostsOwnItems(q, claim.text())) continue;
    std::optional<Evidence> e = ListedCount(q, claim.text());
    if (!e) e = FindNumber(q, claim.text(), claim_terms, chunks);
    if (e) {
      if (!e->qualifier.empty()) {
        result.unsupported_parts.push_back("dropped qualifier \"" + e->qualifier + "\" before " +
                                           q.surface);
        result.dropped_qualifiers.push_back({q.surface, e->qualifier});
      }
      result.evidence.push_back(std::move(*e));
      result.parts.push_back({"number", q.surface, true});
    } else {
      result.unsupported_parts.push_back("number " + q.surface);
      result.parts.push_back({"number", q.surface, false});
    }
  }
  NameCheck names = CheckNames(claim);
  result.parts.insert(result.parts.end(), names.parts.begin(), names.parts.end());
  result.unsupported_parts.insert(result.unsupported_parts.end(), names.unsupported.begin(),
                                  names.unsupported.end());
  for (Evidence& e : names.evidence) result.evidence.push_back(std::move(e));
  contradictions.insert(contradictions.end(), names.contradictions.begin(),
                        names.contradictions.end());

  const BestWindow best = FindBestWindow(claim_terms, chunks);
  result.coverage = best.coverage;

  for (const Cue& cue : claim.cues) {
    if (!NeedsSupport(cue.kind)) continue;
    const bool third_party =
        IsThirdPartyClaim(cue, claim.text().substr(std::min(cue.end, claim.text().size())));
    // "the official Docker image": the project's own artefact, not an affiliation.
    if (!third_party && cue.kind == CueKind::kAffiliation &&
        cue.normalized.starts_with("official")) {
      continue;
    }
    if (third_party) {
      result.unsupported_parts.push_back(std::string(ToString(cue.kind)) + " \"" + cue.phrase +
                                         "\" (the repository's own word is not evidence)");
      result.parts.push_back({std::string(ToString(cue.kind)), cue.phrase, false});
      continue;
    }
    std::string missing = CueNotStated(claim, cue, best);
    result.parts.push_back({std::string(ToString(cue.kind)), cue.phrase, missing.empty()});
    if (!missing.empty()) result.unsupported_parts.push_back(std::move(missing));
  }

  if (std::string flip = Polarity(claim, claim_terms, best); !flip.empty()) {
    contradictions.push_back(std::move(flip));
  }
  // The evidence shown is what supports the words: the facts that do when they do together, and
  // none for a claim with no content words of its own (any window "covers" it).
  if (best.all_facts) {
    const std::vector<Evidence> facts = CoveringFacts(claim_terms);
    result.evidence.insert(result.evidence.begin(), facts.begin(), facts.end());
  } else if (best.chunk != nullptr && best.coverage > 0 && !terms.empty()) {
    result.evidence.insert(result.evidence.begin(),
                           WindowEvidence(*best.chunk, best.window, best.span, "content"));
    for (std::size_t k = 0; k < best.extra.size(); ++k) {
      result.evidence.insert(
          result.evidence.begin() + static_cast<long>(k) + 1,
          WindowEvidence(*best.extra[k].first, best.extra[k].second, 1, "content (part)"));
    }
  }

  result.parts.push_back({"content", Percent(best.coverage) + " of the content words",
                          best.coverage >= options_.min_coverage});
  if (!contradictions.empty()) {
    result.verdict = Verdict::kContradicted;
    result.reason = PartReason(contradictions.front());
    result.confidence = 0.85;
    result.rationale = "contradicted: " + contradictions.front() + " (best evidence " +
                       Percent(best.coverage) + " similar)";
    result.unsupported_parts.insert(result.unsupported_parts.begin(), contradictions.begin(),
                                    contradictions.end());
    return result;
  }
  if (!result.unsupported_parts.empty()) {
    result.verdict = Verdict::kUnsupported;
    result.reason = PartReason(result.unsupported_parts.front());
    result.confidence = 0.9;
    const std::string& part = result.unsupported_parts.front();
    result.rationale = part.starts_with("dropped qualifier")
                           ? "says more than the repository: " + part
                           : part + " not found in the repository";
    return result;
  }
  // A sentence or command line the repository says word for word ("make install").
  if (best.coverage < options_.min_coverage && result.unsupported_parts.empty() &&
      SaidVerbatim(claim.text())) {
    result.verdict = Verdict::kSupported;
    result.reason = Reason::kFound;
    result.confidence = 0.9;
    result.rationale = "supported: the repository says this word for word";
    return result;
  }
  // "Open a file: kilo <filename>": a lead of a few words and a command the repository has
  // verbatim; the command is what can be wrong, and it is there.
  if (best.coverage < options_.min_coverage && CommandFound(claim.text())) {
    result.verdict = Verdict::kSupported;
    result.reason = Reason::kFound;
    result.confidence = 0.8;
    result.rationale = "supported: the command is in the repository word for word";
    return result;
  }
  // A list whose items the repository says one by one, or a claim after a short lead.
  if (best.coverage < options_.min_coverage) {
    if (auto items = ItemsCovered(claim.text(), chunks)) {
      result.verdict = Verdict::kSupported;
      result.reason = Reason::kFound;
      result.confidence = 0.5 + (items->coverage - options_.min_coverage) /
                                    std::max(1.0 - options_.min_coverage, 0.01) * 0.5;
      result.coverage = items->coverage;
      result.parts.back().found = true;
      result.parts.back().text = "each of " + std::to_string(items->items) + " items said";
      result.evidence.insert(result.evidence.end(), items->evidence.begin(), items->evidence.end());
      result.rationale = "supported item by item: each of the " + std::to_string(items->items) +
                         " items is in the repository";
      return result;
    }
  }
  // Coverage decides: the further from the threshold, the surer (linear, 0.5 at the threshold).
  const double margin = best.coverage - options_.min_coverage;
  if (margin < 0) {
    result.verdict = Verdict::kUnsupported;
    result.reason = Reason::kNotSaid;
    result.confidence = std::min(1.0, 0.5 - margin / std::max(options_.min_coverage, 0.01) * 0.5);
    result.rationale =
        "only " + Percent(best.coverage) + " of the content words occur in the best evidence";
    result.unsupported_parts.push_back("content");
  } else {
    result.verdict = Verdict::kSupported;
    result.reason = Reason::kFound;
    result.confidence =
        std::min(1.0, 0.5 + margin / std::max(1.0 - options_.min_coverage, 0.01) * 0.5);
    result.rationale = "supported: " + Percent(best.coverage) + " of the content words in " +
                       (result.evidence.empty() ? std::string("the repository's facts")
                                                : DescribeWhere(result.evidence.front()));
  }
  if (options_.judge != nullptr && best.coverage >= options_.min_coverage * 0.5 &&
      best.coverage < options_.uncertain_below) {
    if (auto v = options_.judge->Judge(claim.text(), result.evidence)) {
      result.judged = true;
      result.judge_verdict = *v;
      result.verdict = *v;
      result.rationale = "judged " + std::string(ToString(*v)) + " (coverage " +
                         Percent(best.coverage) + " was uncertain)";
    }
  }
  return result;
}

}  // namespace repopost::safety
