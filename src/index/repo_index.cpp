#include "index/repo_index.h"

#include <algorithm>
#include <charconv>

#include "index/chunker.h"
#include "index/hashed_embedder.h"
#include "index/hybrid_ranker.h"
#include "text/index_terms.h"

namespace repopost::index {

std::string IndexedText(const Chunk& chunk) {
  if (chunk.heading.empty()) return chunk.text;
  return chunk.heading + "\n" + chunk.text;
}

core::Result<RepoIndex> RepoIndex::Build(const core::FactSheet& sheet, const IndexOptions& options,
                                         const Embedder* embedder) {
  if (core::Status valid = options.Validate(); !valid) return tl::unexpected(valid.error());
  RepoIndex index;
  index.options_ = options;
  Chunker chunker(options.max_chunk_words);
  for (const core::Document& document : sheet.documents) chunker.AddDocument(document);
  if (options.index_facts) {
    for (const core::Fact& fact : sheet.facts) chunker.AddFact(fact);
  }
  index.chunks_ = chunker.Take();

  index.lexical_ = std::make_unique<Bm25Index>(options.bm25_k1, options.bm25_b);
  std::unique_ptr<HashedEmbedder> hashed =
      embedder == nullptr ? std::make_unique<HashedEmbedder>() : nullptr;
  std::vector<std::string> texts;
  texts.reserve(index.chunks_.size());
  for (const Chunk& chunk : index.chunks_) {
    std::string indexed = IndexedText(chunk);
    const std::vector<std::string> terms = text::IndexTerms(indexed);
    index.lexical_->Add(terms);
    index.weights_.push_back(options.weights.Of(chunk.kind));
    if (hashed) {  // the default embedder reuses the terms instead of analysing again
      if (core::Status added = index.vectors_.Add(hashed->EmbedTerms(terms)); !added) {
        return tl::unexpected(added.error());
      }
    } else {
      texts.push_back(std::move(indexed));
    }
  }
  index.lexical_->Finish();

  if (hashed) {
    index.owned_embedder_ = std::move(hashed);
    embedder = index.owned_embedder_.get();
  }
  index.embedder_ = embedder;
  if (!texts.empty()) {
    core::Result<std::vector<Embedding>> vectors = embedder->Embed(texts);
    if (!vectors) return tl::unexpected(vectors.error());
    if (vectors->size() != texts.size()) {
      return core::Fail(core::ErrorCode::kProvider,
                        "The embedder returned " + std::to_string(vectors->size()) +
                            " vectors for " + std::to_string(texts.size()) + " chunks.");
    }
    for (const Embedding& vector : *vectors) {
      if (core::Status added = index.vectors_.Add(vector); !added) {
        return tl::unexpected(added.error());
      }
    }
  }
  return index;
}

std::vector<std::uint32_t> RepoIndex::LexicalList(std::string_view query, std::size_t depth) const {
  std::vector<std::uint32_t> list;
  for (const Bm25Index::Hit& hit : lexical_->Search(text::IndexTerms(query), {}, depth)) {
    list.push_back(hit.doc);
  }
  return list;
}

std::vector<std::uint32_t> RepoIndex::VectorList(std::string_view query, std::size_t depth) const {
  std::vector<std::uint32_t> list;
  if (vectors_.size() == 0) return list;
  core::Result<std::vector<Embedding>> query_vector = embedder_->Embed({std::string(query)});
  if (!query_vector || query_vector->size() != 1) return list;
  for (const VectorIndex::Hit& hit :
       vectors_.Search(query_vector->front(), depth, options_.min_vector_similarity)) {
    list.push_back(hit.doc);
  }
  return list;
}

std::vector<ScoredChunk> RepoIndex::Search(std::string_view query, std::size_t k) const {
  if (k == 0 || chunks_.empty()) return {};
  const std::size_t depth = std::max(options_.fusion_depth, k);
  const std::vector<std::uint32_t> lists[2] = {LexicalList(query, depth), VectorList(query, depth)};
  const double list_weights[2] = {options_.lexical_list_weight, options_.vector_list_weight};
  std::vector<RankedDoc> fused = FuseReciprocalRanks(lists, list_weights, weights_, options_.rrf_k);
  if (fused.size() > depth) fused.resize(depth);
  auto similarity = [this](std::uint32_t a, std::uint32_t b) {
    return vectors_.size() == 0 ? 0.0 : vectors_.Similarity(a, b);
  };
  std::vector<ScoredChunk> out;
  for (const RankedDoc& doc :
       SelectMaximalMarginalRelevance(fused, k, options_.mmr_lambda, similarity)) {
    out.push_back(ScoredChunk{&chunks_[doc.doc], doc.score});
  }
  return out;
}

std::vector<ScoredChunk> RepoIndex::SearchLexical(std::string_view query, std::size_t k) const {
  std::vector<ScoredChunk> out;
  for (const Bm25Index::Hit& hit : lexical_->Search(text::IndexTerms(query), weights_, k)) {
    out.push_back(ScoredChunk{&chunks_[hit.doc], hit.score});
  }
  return out;
}

std::vector<ScoredChunk> RepoIndex::SearchVector(std::string_view query, std::size_t k) const {
  std::vector<ScoredChunk> out;
  if (vectors_.size() == 0 || k == 0) return out;
  core::Result<std::vector<Embedding>> query_vector = embedder_->Embed({std::string(query)});
  if (!query_vector || query_vector->size() != 1) return out;
  for (const VectorIndex::Hit& hit : vectors_.Search(query_vector->front(), k, -1.0)) {
    out.push_back(ScoredChunk{&chunks_[hit.doc], hit.similarity});
  }
  return out;
}

const Chunk* RepoIndex::FindChunk(std::string_view id) const {
  // Ids are "c<position + 1>" (Chunker), so the lookup is a parse, not a search.
  if (id.size() < 2 || id[0] != 'c') return nullptr;
  std::size_t position = 0;
  const auto [end, error] = std::from_chars(id.data() + 1, id.data() + id.size(), position);
  if (error != std::errc() || end != id.data() + id.size() || position == 0 ||
      position > chunks_.size()) {
    return nullptr;
  }
  const Chunk& chunk = chunks_[position - 1];
  return chunk.id == id ? &chunk : nullptr;
}

}  // namespace repopost::index
