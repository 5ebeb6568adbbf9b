// SupportChecker's evidence for a claim that rests on several facts at once ("2114 commits of
// Rust"): each fact that says some of its words, not the first fact of the sheet.
#include <algorithm>

#include "safety/support_checker.h"

namespace repopost::safety {

std::vector<Evidence> SupportChecker::CoveringFacts(const ClaimTerms& terms) const {
  constexpr std::size_t kMaxFacts = 3;
  std::vector<std::pair<std::size_t, Evidence>> found;
  for (const ChunkAnalysis* fact : store_.fact_chunks()) {
    for (std::size_t w = 0; w < fact->windows.size(); ++w) {
      std::size_t hits = 0;
      for (std::size_t t = 0; t < terms.stems.size(); ++t) {
        hits += Covers(fact->windows[w].terms, terms, t);
      }
      if (hits > 0) found.emplace_back(hits, WindowEvidence(*fact, w, 1, "content (fact)"));
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<Evidence> out;
  for (auto& [hits, e] : found) {
    if (out.size() >= kMaxFacts) break;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace repopost::safety
