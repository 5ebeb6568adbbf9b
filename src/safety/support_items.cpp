// SupportChecker's item-by-item coverage: a sentence that lists several things ("an fzf
// previewer, a colorizing MANPAGER, and tail -f log viewing"), or that opens with a short lead
// ("Worth knowing: ...", "Proof: ..."), is supported when each listed item is said somewhere in
// the repository, even when no one passage says them all. The lead is framing and is not checked.
#include <string>
#include <vector>

#include "safety/support_checker.h"

namespace repopost::safety {
namespace {

// Separators between the items of a list, as a post writes them.
constexpr std::string_view kSeparators[] = {
    ", ", "; ", " and ", " or ",           " plus ",        " as well as ",
    " (", ") ", " - ",   " \xE2\x80\x93 ", " \xE2\x80\x94 "};

std::vector<std::string_view> SplitItems(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t begin = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t matched = 0;
    for (std::string_view sep : kSeparators) {
      if (text.substr(i).starts_with(sep)) {
        matched = sep.size();
        break;
      }
    }
    if (matched == 0) {
      ++i;
      continue;
    }
    if (i > begin) out.push_back(text.substr(begin, i - begin));
    i += matched;
    begin = i;
  }
  if (begin < text.size()) out.push_back(text.substr(begin));
  return out;
}

}  // namespace

std::optional<SupportChecker::ItemSupport> SupportChecker::ItemsCovered(
    std::string_view text, const std::vector<const ChunkAnalysis*>& chunks) const {
  std::string_view body = text;
  bool dropped_lead = false;
  // "Worth knowing: the repo ...": a lead of a few words before a colon frames what follows.
  if (const std::size_t colon = text.find(": "); colon != std::string_view::npos) {
    if (ContentTerms(text.substr(0, colon)).size() <= options_.lead_max_words &&
        ContentTerms(text.substr(colon + 2)).size() >= 2) {
      body = text.substr(colon + 2);
      dropped_lead = true;
    }
  }
  const std::vector<std::string_view> items = SplitItems(body);
  if (items.size() < 2 && !dropped_lead) return std::nullopt;
  ItemSupport out;
  for (std::string_view item : items) {
    const ClaimTerms terms = Terms(item);
    if (terms.stems.empty()) continue;
    std::vector<const ChunkAnalysis*> candidates = chunks;
    for (const index::ScoredChunk& hit : index_.SearchLexical(item, options_.evidence_chunks)) {
      const ChunkAnalysis* analysis = &store_.Analysis(hit.chunk);
      if (std::find(candidates.begin(), candidates.end(), analysis) == candidates.end()) {
        candidates.push_back(analysis);
      }
    }
    const BestWindow best = FindBestWindow(terms, candidates);
    if (best.chunk == nullptr || best.coverage < options_.min_coverage) return std::nullopt;
    ++out.items;
    out.coverage = out.items == 1 ? best.coverage : std::min(out.coverage, best.coverage);
    if (!best.all_facts) {
      out.evidence.push_back(WindowEvidence(*best.chunk, best.window, best.span, "content (item)"));
    }
  }
  if (out.items == 0) return std::nullopt;
  return out;
}

}  // namespace repopost::safety
