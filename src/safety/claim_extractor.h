// ClaimExtractor: turns a post into Claims — segments with a role (claim, question, call to
// action, opinion about the reader, hashtags) and their atomic parts (numbers, named things,
// cue phrases).
//
//   auto extractor = safety::ClaimExtractor::Create();
//   for (const safety::Claim& c : extractor->Extract(post)) { if (c.role == ClaimRole::kClaim) ...
//   }
//
// Thread-safe after construction.
#pragma once

#include <string_view>
#include <vector>

#include "core/result.h"
#include "safety/claim.h"
#include "safety/cue_detector.h"
#include "text/entity_extractor.h"
#include "text/number_extractor.h"
#include "text/sentence_segmenter.h"

namespace repopost::safety {

class ClaimExtractor {
 public:
  static core::Result<ClaimExtractor> Create();

  // REQUIRES: `post` is valid UTF-8 (callers sanitize first). Never throws.
  std::vector<Claim> Extract(std::string_view post) const;

  // The role of one segment; exposed for tests and the rewriter.
  ClaimRole Classify(const text::Segment& segment, const Claim& parts) const;

 private:
  explicit ClaimExtractor(CueDetector cues) : cues_(std::move(cues)) {}

  CueDetector cues_;
  text::SentenceSegmenter segmenter_;
  text::NumberExtractor numbers_;
  text::EntityExtractor entities_;
};

}  // namespace repopost::safety
