// Claim: one segment of a post with its role and its atomic parts — the unit the checker judges.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/entity_extractor.h"
#include "text/number_extractor.h"
#include "text/sentence_segmenter.h"

namespace repopost::safety {

// What a segment does in the post. Only kClaim segments are checked against the repository.
enum class ClaimRole {
  kClaim,          // a statement about the project (or the world) that can be true or false
  kQuestion,       // "What would you build with it?"
  kCallToAction,   // "Try it", "Star the repo", "Link in the comments"
  kReaderOpinion,  // about the reader, not the project: "If you live in the terminal, ..."
  kHashtags,       // a line of #hashtags
  kFraming,        // a lead-in or transition with nothing checkable: "Here is where it stands."
  kOpinion,        // an evaluation with nothing checkable: "It's rough around the edges, and
                   // that's part of the point." (docs/decisions/claim-roles.md)
};

std::string_view ToString(ClaimRole role);
std::optional<ClaimRole> ParseClaimRole(std::string_view text);

// Phrases that need their own support, beyond the words of the sentence.
enum class CueKind {
  kSuperlative,  // fastest, best, first, only, #1, most popular
  kAbsolute,     // zero, never, always, 100%, every, all
  kAdoption,     // trusted by, used by, thousands of teams, the go-to, the community loves
  kOutcome,      // will save you hours, ship twice as fast, never worry again
  kFirstPerson,  // I rebuilt, when I first tried, our team switched
  kAffiliation,  // official, backed by, sponsored by, partnered with, endorsed by
  kNegation,     // not, no, never, without, doesn't
  kRelation,     // written in, supports, built on, works with, integrates with, compatible with
};

std::string_view ToString(CueKind kind);
std::optional<CueKind> ParseCueKind(std::string_view text);

struct Cue {
  CueKind kind = CueKind::kSuperlative;
  std::string phrase;      // as written, e.g. "trusted by"
  std::string normalized;  // lowercase key from the cue table, e.g. "trusted by"
  std::size_t begin = 0;   // byte span within Claim::text
  std::size_t end = 0;
};

struct Claim {
  std::size_t index = 0;  // position among the post's segments
  text::Segment segment;  // span in the post, kind, marker, text
  ClaimRole role = ClaimRole::kClaim;
  std::vector<text::Quantity> numbers;  // spans within segment.text
  std::vector<text::Entity> entities;   // spans within segment.text
  std::vector<Cue> cues;

  const std::string& text() const { return segment.text; }
  bool HasCue(CueKind kind) const;
};

}  // namespace repopost::safety
