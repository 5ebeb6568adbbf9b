// Evidence: one place in the repository that supports (or contradicts) part of a claim.
#pragma once

#include <string>

namespace repopost::safety {

struct Evidence {
  std::string chunk_id;  // index chunk id ("c12"), "" when the evidence is a fact only
  std::string fact_id;   // FactSheet fact id ("f3"), "" for document text
  std::string path;      // repository-relative path, or a provenance description for facts
  int line_begin = 0;    // 1-based, 0 when not line-addressed
  int line_end = 0;
  std::string matched_text;  // the sentence or fact that matched, at most ~300 bytes
  std::string part;          // what it supports: "number 10k", "name Docker", "content"
  std::string qualifier;     // for a number: the evidence's approximation cue ("up to"), if any
};

}  // namespace repopost::safety
