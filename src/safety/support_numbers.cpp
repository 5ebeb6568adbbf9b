// SupportChecker's number checks: does a claimed quantity match one the repository states (in a
// window that shares the claim's words, or in a fact), allowing for rounding, lower bounds and
// percentages, and noting a qualifier ("up to", "about") the claim dropped.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "safety/evidence_location.h"
#include "safety/support_checker.h"
#include "text/entity_extractor.h"
#include "text/stemmer.h"
#include "text/stop_words.h"

namespace repopost::safety {
namespace {

int Family(text::NumberKind kind) {
  switch (kind) {
    case text::NumberKind::kCount:
    case text::NumberKind::kYear:
    case text::NumberKind::kRank:
      return 0;
    default:
      return static_cast<int>(kind) + 1;
  }
}

bool RoundsItself(const text::Quantity& q) {
  if (q.is_approximate || q.is_lower_bound) return true;
  for (char c : q.surface) {
    if (c == 'k' || c == 'K' || c == 'M' || c == 'B') return true;
  }
  return false;
}

constexpr std::string_view kQualifiers[] = {
    "approximately", "estimated", "roughly", "around", "nearly", "almost", "about", "up to", "~"};

// The approximation cue written right before the number at `at` in `text`, e.g. "up to".
std::string QualifierBefore(std::string_view text, std::size_t at) {
  std::string before(text.substr(at >= 20 ? at - 20 : 0, at >= 20 ? 20 : at));
  for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!before.empty() && before.back() == ' ') before.pop_back();
  for (std::string_view q : kQualifiers) {
    if (before.ends_with(q)) return std::string(q);
  }
  return "about";
}

// The content words near [begin, end) of `text`, lowercase: up to two on each side, skipping
// function words and other numbers ("190,000 reads per second": "read", "second").
std::vector<std::string> Neighbours(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr int kPerSide = 2;
  constexpr int kMaxTokens = 5;  // tokens looked at on each side, counted or not
  std::vector<std::string> out;
  const auto is_word = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  };
  const auto take = [&](std::size_t a, std::size_t b) -> bool {
    std::string word(text.substr(a, b - a));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (word.size() < 2 || text::IsStopWord(word) ||
        std::isdigit(static_cast<unsigned char>(word[0]))) {
      return false;
    }
    out.push_back(std::move(word));
    return true;
  };
  // Backwards from begin.
  std::size_t i = begin;
  for (int found = 0, seen = 0; found < kPerSide && seen < kMaxTokens && i > 0; ++seen) {
    while (i > 0 && !is_word(text[i - 1])) --i;
    const std::size_t b = i;
    while (i > 0 && is_word(text[i - 1])) --i;
    if (b == i) break;
    found += take(i, b) ? 1 : 0;
  }
  // Forwards from end.
  i = end;
  for (int found = 0, seen = 0; found < kPerSide && seen < kMaxTokens && i < text.size(); ++seen) {
    while (i < text.size() && !is_word(text[i])) ++i;
    const std::size_t a = i;
    while (i < text.size() && is_word(text[i])) ++i;
    if (a == i) break;
    found += take(a, i) ? 1 : 0;
  }
  return out;
}

bool SharesNeighbour(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (text::StemEnglish(x) == text::StemEnglish(y)) return true;
    }
  }
  return false;
}

bool IsTableRow(std::string_view window) {
  const std::size_t first = window.find_first_not_of(" \t");
  return first != std::string_view::npos && window[first] == '|';
}

// In a table a number's context is its row, not the cells beside it: "AlignScore-large
// averages 73.9" names the row "| AlignScore-large | ... | 73.9 |".
bool NamesTheRow(const std::vector<std::string>& claim_neighbours, std::string_view row) {
  const std::vector<std::uint64_t> row_terms = EvidenceStore::TermHashes(row);
  for (const std::string& word : claim_neighbours) {
    for (std::uint64_t h : EvidenceStore::TermHashes(word)) {
      if (std::binary_search(row_terms.begin(), row_terms.end(), h)) return true;
    }
  }
  return false;
}

}  // namespace

bool SupportChecker::QuantityMatches(const text::Quantity& claimed, const text::Quantity& found,
                                     bool is_count_fact) const {
  if (claimed.kind == text::NumberKind::kVersion || found.kind == text::NumberKind::kVersion) {
    if (claimed.kind != found.kind) return false;
    return claimed.version == found.version || found.version.starts_with(claimed.version + ".");
  }
  if (Family(claimed.kind) != Family(found.kind)) return false;
  const double q = claimed.value;
  const double r = found.value;
  if (std::fabs(q - r) <= 1e-9 * std::max(1.0, std::fabs(r))) return true;
  if (claimed.kind == text::NumberKind::kPercent && std::fabs(q - r) <= 0.5) return true;
  if (claimed.is_lower_bound && q <= r && q >= r * options_.lower_bound_floor) return true;
  if ((RoundsItself(claimed) || is_count_fact) &&
      std::fabs(q - r) <= options_.count_rounding * std::fabs(r)) {
    return true;
  }
  return false;
}

std::optional<Evidence> SupportChecker::FindNumber(
    const text::Quantity& q, std::string_view claim_text, const ClaimTerms& terms,
    const std::vector<const ChunkAnalysis*>& chunks) const {
  const std::vector<std::string> claim_neighbours = Neighbours(claim_text, q.begin, q.end);
  for (const ChunkAnalysis* chunk : chunks) {
    for (std::size_t w = 0; w < chunk->windows.size(); ++w) {
      if (chunk->windows[w].numbers.empty()) continue;
      const bool similar =
          !chunk->chunk->fact_id.empty() ||
          WindowCoverage(terms, chunk->windows[w]) >= options_.number_window_min_coverage;
      const std::string_view window_text =
          std::string_view(chunk->chunk->text)
              .substr(chunk->windows[w].begin, chunk->windows[w].end - chunk->windows[w].begin);
      for (const text::Quantity& r : chunk->windows[w].numbers) {
        if (!similar &&
            (r.end == 0 ||
             !(SharesNeighbour(claim_neighbours, Neighbours(window_text, r.begin, r.end)) ||
               (IsTableRow(window_text) && NamesTheRow(claim_neighbours, window_text))))) {
          continue;
        }
        if (QuantityMatches(q, r, false)) {
          Evidence e = WindowEvidence(*chunk, w, 1, "number " + q.surface);
          if (r.is_approximate && !q.is_approximate && !q.is_lower_bound) {
            e.qualifier = QualifierBefore(chunk->chunk->text, chunk->windows[w].begin + r.begin);
          }
          return e;
        }
      }
    }
  }
  // A full version ("1.8.0") is specific enough to count wherever the repository has it (a
  // changelog heading, a tag).
  if (q.kind == text::NumberKind::kVersion &&
      std::count(q.version.begin(), q.version.end(), '.') >= 2 && store_.HasPhrase(q.version)) {
    if (auto e = store_.LocatePhrase(q.version)) {
      e->part = "number " + q.surface;
      return e;
    }
  }
  for (const FactNumber& f : store_.fact_numbers()) {
    bool ok = QuantityMatches(q, f.quantity, f.is_count_fact);
    if (!ok && f.is_share && q.kind == text::NumberKind::kPercent) {
      ok = std::fabs(q.value - f.quantity.value) <= options_.percent_tolerance;
    }
    if (!ok) continue;
    Evidence e;
    e.fact_id = f.fact->id;
    e.path = Location(f.fact->provenance);
    if (IsFileLocation(f.fact->provenance)) {
      e.line_begin = f.fact->provenance.line_begin;
      e.line_end = f.fact->provenance.line_end;
    }
    e.matched_text = std::string(core::ToString(f.fact->kind)) + ": " + f.fact->value +
                     (f.fact->detail.empty() ? "" : " (" + f.fact->detail.substr(0, 200) + ")");
    e.part = "number " + q.surface;
    return e;
  }
  return std::nullopt;
}

bool SupportChecker::ZeroIsAFact(std::string_view claim_text) const {
  const std::string lower = text::EntityExtractor::Normalize(claim_text);
  for (const FactNumber& number : store_.fact_numbers()) {
    if (!number.is_count_fact || number.quantity.value != 0) continue;
    // "dependency-count" -> "dependenc", which "dependencies" and "dependency" both contain.
    std::string head(core::ToString(number.fact->kind));
    head = head.substr(0, head.find('-'));
    if (head.size() > 3 && head.back() == 'y') head.pop_back();
    if (head.size() > 3 && lower.find(head) != std::string::npos) return true;
  }
  return false;
}

}  // namespace repopost::safety
