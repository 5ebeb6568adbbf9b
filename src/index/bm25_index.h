// Bm25Index: an in-memory inverted index scored with Okapi BM25. Documents are pre-analysed term
// lists (text::IndexTerms), numbered 0..n-1 in the order added.
//
//   Bm25Index index(1.2, 0.75);
//   index.Add(text::IndexTerms(chunk_text));    // document 0, 1, ...
//   index.Finish();
//   std::vector<Bm25Index::Hit> hits = index.Search(text::IndexTerms(query), boosts, 10);
//
// Thread-safety: Add/Finish from one thread; after Finish, Search is const and may run from any
// number of threads at once.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace repopost::index {

class Bm25Index {
 public:
  struct Hit {
    std::uint32_t doc = 0;
    double score = 0.0;
  };

  Bm25Index(double k1, double b) : k1_(k1), b_(b) {}

  // REQUIRES: Finish() not yet called.
  void Add(const std::vector<std::string>& terms);
  // Computes document-length statistics; call once after the last Add.
  void Finish();

  // The top `k` documents by BM25 score times boosts[doc] (boosts empty = all 1), best first;
  // ties broken by lower document number. Only documents containing a query term are returned.
  std::vector<Hit> Search(const std::vector<std::string>& query_terms,
                          std::span<const double> boosts, std::size_t k) const;

  std::size_t size() const { return doc_lengths_.size(); }

 private:
  struct Posting {
    std::uint32_t doc;
    std::uint32_t term_frequency;
  };

  double k1_;
  double b_;
  double average_length_ = 0.0;
  std::unordered_map<std::string, std::uint32_t> term_ids_;
  std::vector<std::vector<Posting>> postings_;  // by term id, documents ascending
  std::vector<std::uint32_t> doc_lengths_;
  std::vector<float> length_norms_;  // k1 * (1 - b + b * length / average), by document
};

}  // namespace repopost::index
