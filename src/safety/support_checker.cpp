#include "safety/support_checker.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "safety/claim_judge.h"
#include "text/entity_extractor.h"
#include "text/index_terms.h"
#include "text/stemmer.h"

namespace repopost::safety {
namespace {

// Words a post and a README use for the same thing. Each row is one group; stemmed at startup.
constexpr std::string_view kSynonymGroups[][6] = {
    {"fast", "quick", "speed", "rapid", "perform", "faster"},
    {"tool", "utility", "program", "app", "application", "cli"},
    {"library", "lib", "package", "module", "framework", "crate"},
    {"small", "tiny", "lightweight", "minimal", "compact", "little"},
    {"simple", "easy", "straightforward", "minimal", "intuitive", ""},
    {"search", "find", "filter", "match", "lookup", "query"},
    {"run", "execute", "launch", "start", "invoke", ""},
    {"support", "handle", "compatible", "work", "integrate", ""},
    {"written", "implement", "built", "code", "develop", ""},
    {"feature", "capability", "function", "functionality", "option", ""},
    {"install", "setup", "download", "get", "instal", ""},
    {"user", "developer", "people", "engineer", "folk", ""},
    {"model", "llm", "network", "weight", "", ""},
    {"open-source", "open", "source", "free", "oss", ""},
    {"file", "document", "path", "", "", ""},
    {"dependency", "dependencies", "deps", "requirement", "", ""},
    {"cross-platform", "platform", "portable", "os", "", ""},
    {"create", "make", "generate", "build", "produce", ""},
    {"show", "display", "print", "render", "output", ""},
    {"new", "latest", "recent", "release", "", ""},
    {"license", "licence", "licensed", "licenced", "", ""},
    {"commit", "commits", "history", "", "", ""},
};

// Discourse words that carry no claim of their own ("so far", "in total", "worth a look").
constexpr std::string_view kDiscourseWords[] = {
    "since",  "total",    "far",   "worth",  "look",  "here", "thing", "stands",
    "really", "actually", "quite", "pretty", "today", "way",  "lot",   "bit",
    "kind",   "sort",     "also",  "even",   "end",   "one",  "story", "whole"};

std::string Percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", x * 100);
  return buf;
}

std::string_view RoleReason(ClaimRole role) {
  switch (role) {
    case ClaimRole::kQuestion:
      return "a question, not a statement";
    case ClaimRole::kCallToAction:
      return "a call to action, not a statement";
    case ClaimRole::kReaderOpinion:
      return "about the reader, not the project";
    case ClaimRole::kHashtags:
      return "hashtags";
    case ClaimRole::kFraming:
      return "a lead-in or transition with nothing to check";
    case ClaimRole::kClaim:
      break;
  }
  return "";
}

// Words that only present a project ("Meet fzf.", "One repository worth a look: fzf."): a
// sentence made of these and the project's name states nothing that could be false.
bool IsPresentationOnly(std::string_view text, std::string_view project) {
  static constexpr std::string_view kPresentational[] = {
      "meet",    "introducing", "introduce", "say",   "hello", "one",  "repository", "repo",
      "project", "worth",       "look",      "check", "out",   "here", "this",       "library",
      "tool",    "presenting",  "spotlight", "today", "quick", "new"};
  std::string word;
  bool saw_project = false;
  const auto flush = [&]() -> bool {
    if (word.empty()) return true;
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    word.clear();
    if (!project.empty() && lower == project) {
      saw_project = true;
      return true;
    }
    if (text::EntityExtractor::IsFunctionWord(lower)) return true;
    return std::find(std::begin(kPresentational), std::end(kPresentational), lower) !=
           std::end(kPresentational);
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
        static_cast<unsigned char>(c) >= 0x80) {
      if (c == '.' && (word.empty())) continue;
      word += c;
      continue;
    }
    if (!flush()) return false;
  }
  while (!word.empty() && word.back() == '.') word.pop_back();
  return flush() && saw_project;
}

bool NeedsSupport(CueKind kind) {
  return kind == CueKind::kSuperlative || kind == CueKind::kAbsolute ||
         kind == CueKind::kAdoption || kind == CueKind::kOutcome || kind == CueKind::kFirstPerson ||
         kind == CueKind::kAffiliation;
}

// A claim about what third parties did or are (endorsed, backed, sponsored, affiliated, an
// organisation's own project, used or trusted by someone): the repository saying so about itself
// is not evidence, so nothing in it can support the cue (issue 16). `after` is the claim text
// that follows the cue.
bool IsThirdPartyClaim(const Cue& cue, std::string_view after) {
  static constexpr std::string_view kAffiliations[] = {
      "backed by",       "sponsored by",         "funded by",
      "endorsed by",     "certified by",         "recommended by",
      "acquired by",     "partnered with",       "partnership with",
      "affiliated with", "in collaboration with"};
  static constexpr std::string_view kAdoptions[] = {
      "trusted by", "used by",      "loved by",    "adopted by",
      "chosen by",  "relied on by", "deployed by", "in production at"};
  if (cue.kind == CueKind::kAffiliation) {
    for (std::string_view phrase : kAffiliations) {
      if (cue.normalized == phrase) return true;
    }
    if (cue.normalized.ends_with(" project")) return true;  // "a google project"
    // "official Google project": official followed by an organisation's name ("the official
    // Docker image" is the project's own image, not an affiliation).
    if (cue.normalized.starts_with("official")) {
      static constexpr std::string_view kOrganisations[] = {
          "google", "microsoft",        "apple",   "amazon",    "aws",
          "meta",   "facebook",         "openai",  "anthropic", "github",
          "nvidia", "mozilla",          "netflix", "ibm",       "oracle",
          "intel",  "linux foundation", "cncf",    "apache"};
      std::string next(after.substr(0, 40));
      for (char& c : next) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      next.erase(0, next.find_first_not_of(" \t"));
      for (std::string_view org : kOrganisations) {
        if (next.starts_with(org) &&
            (next.size() == org.size() ||
             !std::isalpha(static_cast<unsigned char>(next[org.size()])))) {
          return true;
        }
      }
    }
    return false;
  }
  if (cue.kind == CueKind::kAdoption) {
    for (std::string_view phrase : kAdoptions) {
      if (cue.normalized == phrase) return true;
    }
  }
  return false;
}

}  // namespace

Evidence WindowEvidence(const ChunkAnalysis& chunk, std::size_t window, std::size_t span,
                        std::string part) {
  const EvidenceWindow& first = chunk.windows[window];
  const EvidenceWindow& last = chunk.windows[std::min(window + span - 1, chunk.windows.size() - 1)];
  Evidence e;
  e.chunk_id = chunk.chunk->id;
  e.fact_id = chunk.chunk->fact_id;
  e.path = chunk.chunk->provenance.path;
  e.line_begin = first.line;
  e.line_end = last.line + static_cast<int>(std::count(
                               chunk.chunk->text.begin() + static_cast<long>(last.begin),
                               chunk.chunk->text.begin() + static_cast<long>(last.end), '\n'));
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
    : store_(store), index_(index), options_(options) {
  for (const auto& group : kSynonymGroups) {
    std::vector<std::uint64_t> stems;
    for (std::string_view word : group) {
      if (!word.empty()) stems.push_back(EvidenceStore::Hash(text::StemEnglish(word)));
    }
    for (std::uint64_t s : stems) {
      auto& list = synonyms_[s];
      list.insert(list.end(), stems.begin(), stems.end());
    }
  }
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

bool SupportChecker::Covers(const std::vector<std::uint64_t>& window_terms,
                            std::uint64_t term) const {
  if (std::binary_search(window_terms.begin(), window_terms.end(), term)) return true;
  const auto it = synonyms_.find(term);
  if (it == synonyms_.end()) return false;
  for (std::uint64_t s : it->second) {
    if (std::binary_search(window_terms.begin(), window_terms.end(), s)) return true;
  }
  return false;
}

SupportChecker::BestWindow SupportChecker::FindBestWindow(
    const std::vector<std::uint64_t>& terms,
    const std::vector<const ChunkAnalysis*>& chunks) const {
  BestWindow best;
  if (terms.empty()) best.coverage = 1.0;
  for (const ChunkAnalysis* chunk : chunks) {
    std::vector<char> hit_prev;
    for (std::size_t w = 0; w < chunk->windows.size(); ++w) {
      const EvidenceWindow& window = chunk->windows[w];
      std::vector<char> hit(terms.size());
      std::size_t single = 0;
      std::size_t pair = 0;
      for (std::size_t t = 0; t < terms.size(); ++t) {
        hit[t] = Covers(window.terms, terms[t]);
        single += hit[t];
        pair += hit[t] || (!hit_prev.empty() && hit_prev[t]);
      }
      const double denom = terms.empty() ? 1.0 : static_cast<double>(terms.size());
      const double c1 = terms.empty() ? 1.0 : static_cast<double>(single) / denom;
      // A pair must beat the single window clearly to be preferred (pairs dilute evidence).
      const double c2 = terms.empty() || w == 0 ? 0.0 : static_cast<double>(pair) / denom - 0.1;
      if (best.chunk == nullptr || c1 > best.coverage) {
        best = {chunk, w, 1, c1, window.negations};
      }
      if (c2 > best.coverage) {
        best = {chunk, w - 1, 2, c2, window.negations + chunk->windows[w - 1].negations};
      }
      hit_prev = std::move(hit);
    }
  }
  // A sentence may state several facts at once ("300 commits by 36 contributors", "written in
  // Go, Ruby and Shell"): the facts together are one more candidate, with the pair penalty.
  if (!terms.empty() && !fact_terms_.empty()) {
    std::size_t hit = 0;
    for (std::uint64_t t : terms) hit += Covers(fact_terms_, t);
    const double c = static_cast<double>(hit) / static_cast<double>(terms.size()) - 0.1;
    if (c > best.coverage && !store_.fact_chunks().empty() &&
        !store_.fact_chunks().front()->windows.empty()) {
      best = {store_.fact_chunks().front(), 0, 1, c, 0};
      best.all_facts = true;
    }
  }
  return best;
}

double SupportChecker::WindowCoverage(const std::vector<std::uint64_t>& terms,
                                      const EvidenceWindow& w) const {
  if (terms.empty()) return 1.0;
  std::size_t hit = 0;
  for (std::uint64_t t : terms) hit += Covers(w.terms, t);
  return static_cast<double>(hit) / static_cast<double>(terms.size());
}

std::vector<std::uint64_t> SupportChecker::AnchoredNegations(
    std::string_view text, const std::vector<std::uint64_t>& other_terms) const {
  const std::vector<std::string> tokens = text::EntityExtractor::Tokens(text);
  std::vector<std::uint64_t> negated;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (EvidenceStore::CountNegations(tokens[i]) == 0) continue;
    // The negated word: the next content word within three tokens.
    for (std::size_t j = i + 1; j < tokens.size() && j <= i + 3; ++j) {
      const std::vector<std::uint64_t> next = ContentTerms(tokens[j]);
      if (next.empty()) continue;
      if (std::find(other_terms.begin(), other_terms.end(), next.front()) != other_terms.end()) {
        negated.push_back(next.front());
      }
      break;
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
    result.rationale = std::string(RoleReason(claim.role));
    return result;
  }
  const bool has_parts = !claim.numbers.empty() || !claim.entities.empty();
  result.weight = has_parts ? options_.number_claim_weight : 1.0;
  if (claim.numbers.empty() && claim.cues.empty() &&
      IsPresentationOnly(claim.text(), text::EntityExtractor::Normalize(store_.project_name()))) {
    result.verdict = Verdict::kNotAClaim;
    result.role = ClaimRole::kFraming;
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

  const std::vector<std::uint64_t> terms = ContentTerms(claim.text());
  std::vector<std::string> contradictions;
  for (const text::Quantity& q : claim.numbers) {
    if (auto e = FindNumber(q, terms, chunks)) {
      if (!e->qualifier.empty()) {
        result.unsupported_parts.push_back("dropped qualifier \"" + e->qualifier + "\" before " +
                                           q.surface);
        result.dropped_qualifiers.push_back({q.surface, e->qualifier});
      }
      result.evidence.push_back(std::move(*e));
    } else {
      result.unsupported_parts.push_back("number " + q.surface);
    }
  }
  const std::string project = text::EntityExtractor::Normalize(store_.project_name());
  const bool says_written_in = claim.text().find("written in") != std::string::npos ||
                               claim.text().find("implemented in") != std::string::npos;
  for (const text::Entity& e : claim.entities) {
    if (!project.empty() && (e.normalized == project || project.find(e.normalized) == 0)) continue;
    const bool multiword = e.normalized.find(' ') != std::string::npos;
    if (e.kind == text::EntityKind::kLanguage && says_written_in && !store_.languages().empty() &&
        std::find(store_.languages().begin(), store_.languages().end(), e.normalized) ==
            store_.languages().end() &&
        !store_.HasPhrase("in " + e.normalized)) {
      contradictions.push_back("language " + e.surface);
      continue;
    }
    if (store_.HasPhrase(e.normalized) || (multiword && store_.HasAllTokens(e.normalized))) {
      if (auto ev = store_.LocatePhrase(e.normalized)) result.evidence.push_back(std::move(*ev));
    } else {
      result.unsupported_parts.push_back("name " + e.surface);
    }
  }

  const BestWindow best = FindBestWindow(terms, chunks);
  result.coverage = best.coverage;

  for (const Cue& cue : claim.cues) {
    if (!NeedsSupport(cue.kind)) continue;
    if (IsThirdPartyClaim(cue, claim.text().substr(std::min(cue.end, claim.text().size())))) {
      result.unsupported_parts.push_back(std::string(ToString(cue.kind)) + " \"" + cue.phrase +
                                         "\" (the repository's own word is not evidence)");
      continue;
    }
    // Stated by the best evidence itself, not merely somewhere near it.
    bool stated = false;
    if (best.chunk != nullptr && !best.chunk->windows.empty() && !best.all_facts) {
      const EvidenceWindow& first = best.chunk->windows[best.window];
      const EvidenceWindow& last =
          best.chunk->windows[std::min(best.window + best.span, best.chunk->windows.size()) - 1];
      const std::string_view window =
          std::string_view(best.chunk->lower_text).substr(first.begin, last.end - first.begin);
      stated = window.find(cue.normalized) != std::string_view::npos ||
               best.chunk->vocabulary.find(cue.normalized) != std::string::npos;
    }
    if (!stated && cue.normalized == "zero" && (best.negations > 0 || ZeroIsAFact(claim.text()))) {
      stated = true;
    }
    if (!stated)
      result.unsupported_parts.push_back(std::string(ToString(cue.kind)) + " \"" + cue.phrase +
                                         "\"");
  }

  // Polarity: a sentence this similar that negates what the claim asserts (or the reverse) says
  // the opposite. Only negations of words both sides share count: "formats JSON files, with zero
  // dependencies" does not negate "formats JSON files". Value facts (counts, licence, language:
  // those with a vocabulary) have no polarity, and neither has a claim with no content words of
  // its own ("Meet fzf."): every window covers it.
  if (!terms.empty() && best.chunk != nullptr && best.chunk->vocabulary.empty() &&
      !best.all_facts && best.coverage >= options_.negation_min_coverage &&
      !best.chunk->windows.empty()) {
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
    const std::vector<std::uint64_t> claim_negated = AnchoredNegations(claim.text(), window_terms);
    const std::vector<std::uint64_t> evidence_negated = AnchoredNegations(window_text, terms);
    if (claim_negated != evidence_negated) {
      contradictions.push_back(claim_negated.size() > evidence_negated.size()
                                   ? "negation the evidence does not have"
                                   : "the evidence is negated");
    }
  }
  if (best.chunk != nullptr && best.coverage > 0) {
    result.evidence.insert(result.evidence.begin(),
                           WindowEvidence(*best.chunk, best.window, best.span, "content"));
  }

  if (!contradictions.empty()) {
    result.verdict = Verdict::kContradicted;
    result.rationale = "contradicted: " + contradictions.front() + " (best evidence " +
                       Percent(best.coverage) + " similar)";
    result.unsupported_parts.insert(result.unsupported_parts.begin(), contradictions.begin(),
                                    contradictions.end());
    return result;
  }
  if (!result.unsupported_parts.empty()) {
    result.verdict = Verdict::kUnsupported;
    result.rationale = result.unsupported_parts.front() + " not found in the repository";
    return result;
  }
  if (best.coverage < options_.min_coverage) {
    result.verdict = Verdict::kUnsupported;
    result.rationale =
        "only " + Percent(best.coverage) + " of the content words occur in the best evidence";
    result.unsupported_parts.push_back("content");
  } else {
    result.verdict = Verdict::kSupported;
    result.rationale = "supported: " + Percent(best.coverage) + " of the content words in " +
                       (result.evidence.empty()
                            ? std::string("the facts")
                            : result.evidence.front().path +
                                  (result.evidence.front().line_begin > 0
                                       ? ":" + std::to_string(result.evidence.front().line_begin)
                                       : std::string()));
  }
  if (options_.judge != nullptr && best.coverage >= options_.min_coverage * 0.5 &&
      best.coverage < options_.uncertain_below) {
    if (auto v = options_.judge->Judge(claim.text(), result.evidence)) {
      result.judged = true;
      result.verdict = *v;
      result.rationale = "judged " + std::string(ToString(*v)) + " (coverage " +
                         Percent(best.coverage) + " was uncertain)";
    }
  }
  return result;
}

}  // namespace repopost::safety
