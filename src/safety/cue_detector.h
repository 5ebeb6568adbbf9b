// CueDetector: finds the phrases in a claim that need their own support — superlatives,
// absolutes, adoption and outcome claims, invented first person, affiliation, negation and
// relations. The phrase tables are data (cue_detector.cpp) compiled into one RE2 per kind.
//
//   auto detector = safety::CueDetector::Create();   // once; compile errors are a bug
//   std::vector<safety::Cue> cues = detector->Find("Trusted by thousands of teams.");
//
// Thread-safe after construction (RE2 objects are immutable and safe to share).
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "safety/claim.h"

namespace re2 {
class RE2;
}

namespace repopost::safety {

class CueDetector {
 public:
  static core::Result<CueDetector> Create();

  // Every cue in `sentence`, in order of position; spans are byte offsets into `sentence`.
  std::vector<Cue> Find(std::string_view sentence) const;

 private:
  struct Pattern {
    CueKind kind;
    std::shared_ptr<const re2::RE2> regex;
  };
  std::vector<Pattern> patterns_;
};

}  // namespace repopost::safety
