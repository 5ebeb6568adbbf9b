// RepoIndex: everything retrieval knows about one repository (or one set of user texts): the
// chunks, a BM25 index over them, their embeddings, and hybrid search with source weights.
//
//   core::Result<RepoIndex> index = RepoIndex::Build(sheet, IndexOptions{});
//   for (const ScoredChunk& hit : index->Search("is it thread safe?", 5))
//     std::cout << hit.chunk->provenance.Describe() << ": " << hit.chunk->text << "\n";
//
// Build chunks every document (heading-aware, see Chunker) and, with options.index_facts, every
// fact; analyses each chunk's heading + text with text::IndexTerms for BM25; embeds the same
// text with `embedder` (nullptr = an owned HashedEmbedder).
//
// Search = hybrid: the BM25 list and the vector list (each options.fusion_depth long) are fused
// by weighted reciprocal rank fusion, each chunk's fused score multiplied by its source kind's
// weight, then MMR (options.mmr_lambda) picks k diverse chunks. ScoredChunk::score is the
// weighted fused score. SearchLexical = BM25 score times source weight, no vectors, no MMR.
// With the default weights (readme 0.50 ... docs 0.05) a matching README chunk usually outranks
// the best docs chunk; to find evidence wherever it is, build with SourceWeights::Uniform().
// docs/decisions/retrieval.md has the measurements behind every default.
//
// Lifetime and threads: immutable after Build; Search/SearchLexical are const and thread-safe.
// A non-null `embedder` must outlive the index (queries are embedded with it) and be
// thread-safe. ScoredChunk::chunk points into this index. Movable, not copyable.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/fact_sheet.h"
#include "core/result.h"
#include "index/bm25_index.h"
#include "index/chunk.h"
#include "index/embedder.h"
#include "index/index_options.h"
#include "index/vector_index.h"

namespace repopost::index {

class RepoIndex {
 public:
  // Fails (kUsage) on invalid options; passes on the embedder's error (e.g. kProvider,
  // kTimeout) when embedding the chunks fails.
  static core::Result<RepoIndex> Build(const core::FactSheet& sheet, const IndexOptions& options,
                                       const Embedder* embedder = nullptr);

  // Hybrid top-k (RRF x source weight, then MMR). If embedding the query fails (a remote
  // embedder that went away), falls back to the lexical list alone.
  std::vector<ScoredChunk> Search(std::string_view query, std::size_t k) const;
  // BM25 x source weight, top-k.
  std::vector<ScoredChunk> SearchLexical(std::string_view query, std::size_t k) const;
  // Cosine similarity to the query embedding, top-k, unweighted.
  std::vector<ScoredChunk> SearchVector(std::string_view query, std::size_t k) const;

  const std::vector<Chunk>& chunks() const { return chunks_; }
  // The chunk with this id ("c12"), or nullptr. O(1).
  const Chunk* FindChunk(std::string_view id) const;
  const IndexOptions& options() const { return options_; }

 private:
  RepoIndex() = default;
  std::vector<std::uint32_t> LexicalList(std::string_view query, std::size_t depth) const;
  std::vector<std::uint32_t> VectorList(std::string_view query, std::size_t depth) const;

  IndexOptions options_;
  std::vector<Chunk> chunks_;
  std::vector<double> weights_;  // by chunk: options_.weights.Of(kind)
  std::unique_ptr<Bm25Index> lexical_;
  VectorIndex vectors_;
  std::unique_ptr<Embedder> owned_embedder_;
  const Embedder* embedder_ = nullptr;
};

// The text a chunk is indexed and embedded under: its heading, a newline, its text.
std::string IndexedText(const Chunk& chunk);

}  // namespace repopost::index
