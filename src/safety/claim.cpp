#include "safety/claim.h"

#include "core/enum_table.h"

namespace repopost::safety {
namespace {
constexpr core::EnumTable<ClaimRole, 7> kRoles{{{
    {ClaimRole::kClaim, "claim"},
    {ClaimRole::kQuestion, "question"},
    {ClaimRole::kCallToAction, "call-to-action"},
    {ClaimRole::kReaderOpinion, "reader-opinion"},
    {ClaimRole::kHashtags, "hashtags"},
    {ClaimRole::kFraming, "framing"},
    {ClaimRole::kOpinion, "opinion"},
}}};
constexpr core::EnumTable<CueKind, 8> kCueKinds{{{
    {CueKind::kSuperlative, "superlative"},
    {CueKind::kAbsolute, "absolute"},
    {CueKind::kAdoption, "adoption"},
    {CueKind::kOutcome, "outcome"},
    {CueKind::kFirstPerson, "first-person"},
    {CueKind::kAffiliation, "affiliation"},
    {CueKind::kNegation, "negation"},
    {CueKind::kRelation, "relation"},
}}};
}  // namespace

std::string_view ToString(ClaimRole role) { return kRoles.Name(role); }
std::optional<ClaimRole> ParseClaimRole(std::string_view text) { return kRoles.Find(text); }
std::string_view ToString(CueKind kind) { return kCueKinds.Name(kind); }
std::optional<CueKind> ParseCueKind(std::string_view text) { return kCueKinds.Find(text); }

bool Claim::HasCue(CueKind kind) const {
  for (const Cue& c : cues) {
    if (c.kind == kind) return true;
  }
  return false;
}

}  // namespace repopost::safety
