// Chunker: cuts documents into heading-aware chunks and turns facts into small chunks.
//
//   Chunker chunker(/*max_chunk_words=*/120);
//   chunker.AddDocument(readme);      // sections split at Markdown headings
//   chunker.AddFact(fact);
//   std::vector<Chunk> chunks = chunker.Take();   // ids "c1", "c2", ... in the order added
//
// Sections: ATX ("## Install") and setext ("Install\n===") headings outside fenced code open a
// section; a chunk never spans two sections. A section longer than max_chunk_words is split
// between blocks (blank lines), then between lines, then between words. Each chunk's heading is
// the path of the headings above it ("Install > Homebrew") and its provenance the document's,
// with the line range of its own lines. Not thread-safe; one per build.
#pragma once

#include <cstddef>
#include <vector>

#include "core/document.h"
#include "core/fact.h"
#include "index/chunk.h"

namespace repopost::index {

class Chunker {
 public:
  explicit Chunker(std::size_t max_chunk_words) : max_chunk_words_(max_chunk_words) {}

  void AddDocument(const core::Document& document);
  // One chunk: "value" plus "\n" + detail when there is one; kind from the fact's provenance.
  void AddFact(const core::Fact& fact);

  std::vector<Chunk> Take() { return std::move(chunks_); }

 private:
  struct Line {
    std::string_view text;
    int number = 0;  // 1-based line number in the source file
  };
  void AddSection(const core::Document& document, const std::string& heading,
                  const std::vector<Line>& lines);
  void Emit(const core::Document& document, const std::string& heading,
            const std::vector<Line>& lines, std::size_t begin, std::size_t end);
  void EmitLongLine(const core::Document& document, const std::string& heading, const Line& line);

  std::size_t max_chunk_words_;
  std::vector<Chunk> chunks_;
};

}  // namespace repopost::index
