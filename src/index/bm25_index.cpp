#include "index/bm25_index.h"

#include <algorithm>
#include <cmath>

namespace repopost::index {

void Bm25Index::Add(const std::vector<std::string>& terms) {
  const auto doc = static_cast<std::uint32_t>(doc_lengths_.size());
  doc_lengths_.push_back(static_cast<std::uint32_t>(terms.size()));
  for (const std::string& term : terms) {
    auto [it, inserted] = term_ids_.try_emplace(term, static_cast<std::uint32_t>(postings_.size()));
    if (inserted) postings_.emplace_back();
    std::vector<Posting>& list = postings_[it->second];
    if (!list.empty() && list.back().doc == doc) {
      ++list.back().term_frequency;
    } else {
      list.push_back(Posting{doc, 1});
    }
  }
}

void Bm25Index::Finish() {
  double total = 0.0;
  for (std::uint32_t length : doc_lengths_) total += length;
  average_length_ = doc_lengths_.empty() ? 1.0 : std::max(1.0, total / doc_lengths_.size());
  length_norms_.resize(doc_lengths_.size());
  for (std::size_t doc = 0; doc < doc_lengths_.size(); ++doc) {
    length_norms_[doc] =
        static_cast<float>(k1_ * (1.0 - b_ + b_ * doc_lengths_[doc] / average_length_));
  }
}

std::vector<Bm25Index::Hit> Bm25Index::Search(const std::vector<std::string>& query_terms,
                                              std::span<const double> boosts, std::size_t k) const {
  std::vector<const std::vector<Posting>*> lists;
  std::vector<std::string_view> seen;
  for (const std::string& term : query_terms) {
    if (std::find(seen.begin(), seen.end(), term) != seen.end()) continue;
    seen.push_back(term);
    auto it = term_ids_.find(term);
    if (it != term_ids_.end()) lists.push_back(&postings_[it->second]);
  }
  if (lists.empty() || k == 0) return {};

  const double n = static_cast<double>(doc_lengths_.size());
  std::vector<float> scores(doc_lengths_.size(), 0.0f);
  std::vector<std::uint32_t> touched;
  for (const std::vector<Posting>* list : lists) {
    const double df = static_cast<double>(list->size());
    const auto idf = static_cast<float>(std::log(1.0 + (n - df + 0.5) / (df + 0.5)));
    const auto k1_plus_1 = static_cast<float>(k1_ + 1.0);
    for (const Posting& posting : *list) {
      const auto tf = static_cast<float>(posting.term_frequency);
      if (scores[posting.doc] == 0.0f) touched.push_back(posting.doc);
      scores[posting.doc] += idf * tf * k1_plus_1 / (tf + length_norms_[posting.doc]);
    }
  }
  std::vector<Hit> hits;
  hits.reserve(touched.size());
  for (std::uint32_t doc : touched) {
    const double boost = boosts.empty() ? 1.0 : boosts[doc];
    hits.push_back(Hit{doc, scores[doc] * boost});
  }
  auto better = [](const Hit& a, const Hit& b) {
    return a.score != b.score ? a.score > b.score : a.doc < b.doc;
  };
  const std::size_t top = std::min(k, hits.size());
  std::partial_sort(hits.begin(), hits.begin() + static_cast<long>(top), hits.end(), better);
  hits.resize(top);
  return hits;
}

}  // namespace repopost::index
