#include "safety/claim_extractor.h"

#include <cctype>
#include <string>

#include "text/index_terms.h"

namespace repopost::safety {
namespace {

// Openings of a call to action, lowercase; matched at the start of the segment.
constexpr std::string_view kCallToActionStarts[] = {"try it",
                                                    "try ",
                                                    "check it out",
                                                    "check out",
                                                    "go check",
                                                    "star ",
                                                    "give it a",
                                                    "give ",
                                                    "clone ",
                                                    "grab ",
                                                    "follow ",
                                                    "share ",
                                                    "comment ",
                                                    "tell me",
                                                    "let me know",
                                                    "drop ",
                                                    "read more",
                                                    "learn more",
                                                    "see ",
                                                    "visit ",
                                                    "head over",
                                                    "head to",
                                                    "find it",
                                                    "get started",
                                                    "link in",
                                                    "link below",
                                                    "links in",
                                                    "repo:",
                                                    "repo ",
                                                    "github:",
                                                    "source:",
                                                    "code:",
                                                    "docs:",
                                                    "\xF0\x9F\x91\x87",
                                                    "\xF0\x9F\x91\x89",
                                                    "what would you",
                                                    "who else",
                                                    "would you",
                                                    "bookmark",
                                                    "save this",
                                                    "don't forget",
                                                    "take a look",
                                                    "have a look",
                                                    "give a",
                                                    "explore ",
                                                    "join ",
                                                    "subscribe",
                                                    "ask away",
                                                    "ask me",
                                                    "questions welcome",
                                                    "feedback welcome"};

// Openings of a sentence about the reader rather than the project.
constexpr std::string_view kReaderStarts[] = {
    "if you",      "whether you",   "for anyone",     "for everyone who", "you deserve",
    "we've all",   "we have all",   "sound familiar", "you know the",     "this one's for",
    "this is for", "anyone who",    "to everyone",    "you're not alone", "if you've ever",
    "ever wished", "ever wondered", "ever spent"};

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool StartsWithAny(std::string_view lower, const std::string_view* table, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    if (lower.starts_with(table[i])) return true;
  }
  return false;
}

bool EndsAsQuestion(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ')' || s.back() == '"')) s.remove_suffix(1);
  return s.ends_with("?") || s.ends_with("\xD8\x9F") || s.ends_with("\xEF\xBC\x9F");
}

std::size_t ContentWordCount(std::string_view s) {
  std::size_t n = 0;
  for (const std::string& term : text::IndexTerms(s)) {
    if (!term.empty() && !std::isdigit(static_cast<unsigned char>(term[0]))) ++n;
  }
  return n;
}

// "Delhi." or "Arthur's Magazine": a capitalised first word that is not a function word may be
// the whole claim (a short answer), so it is checked.
bool StartsWithName(std::string_view s) {
  if (s.empty() || !std::isupper(static_cast<unsigned char>(s[0]))) return false;
  std::size_t end = 0;
  while (end < s.size() && std::isalnum(static_cast<unsigned char>(s[end]))) ++end;
  return !text::EntityExtractor::IsFunctionWord(s.substr(0, end));
}

bool IsOnlyUrl(std::string_view s) {
  return (s.starts_with("http://") || s.starts_with("https://")) &&
         s.find(' ') == std::string_view::npos;
}

}  // namespace

core::Result<ClaimExtractor> ClaimExtractor::Create() {
  auto cues = CueDetector::Create();
  if (!cues) return tl::unexpected(cues.error());
  return ClaimExtractor(std::move(*cues));
}

ClaimRole ClaimExtractor::Classify(const text::Segment& segment, const Claim& parts) const {
  if (segment.kind == text::SegmentKind::kHashtagLine) return ClaimRole::kHashtags;
  const std::string lower = LowerAscii(segment.text);
  if (EndsAsQuestion(segment.text)) return ClaimRole::kQuestion;
  if (IsOnlyUrl(segment.text)) return ClaimRole::kCallToAction;
  const bool has_parts = !parts.numbers.empty() || parts.HasCue(CueKind::kAdoption) ||
                         parts.HasCue(CueKind::kOutcome) || parts.HasCue(CueKind::kSuperlative);
  if (StartsWithAny(lower, kCallToActionStarts, std::size(kCallToActionStarts)) && !has_parts) {
    return ClaimRole::kCallToAction;
  }
  if (StartsWithAny(lower, kReaderStarts, std::size(kReaderStarts)) && !has_parts &&
      parts.entities.empty()) {
    return ClaimRole::kReaderOpinion;
  }
  // A lead-in ("What it does:") or a transition with at most one content word and nothing
  // checkable states nothing about the project.
  std::string_view trimmed = segment.text;
  while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
  const bool checkable = has_parts || !parts.entities.empty() ||
                         parts.HasCue(CueKind::kAffiliation) ||
                         parts.HasCue(CueKind::kFirstPerson) || parts.HasCue(CueKind::kAbsolute) ||
                         StartsWithName(segment.text);
  const bool lead_in = trimmed.ends_with(":") && parts.numbers.empty() && parts.entities.empty();
  if (lead_in || (!checkable && ContentWordCount(segment.text) <= 1)) return ClaimRole::kFraming;
  return ClaimRole::kClaim;
}

std::vector<Claim> ClaimExtractor::Extract(std::string_view post) const {
  std::vector<Claim> out;
  std::vector<text::Segment> segments = segmenter_.Split(post);
  out.reserve(segments.size());
  for (std::size_t i = 0; i < segments.size(); ++i) {
    Claim claim;
    claim.index = i;
    claim.segment = std::move(segments[i]);
    if (claim.segment.kind != text::SegmentKind::kHashtagLine) {
      claim.numbers = numbers_.Extract(claim.segment.text);
      claim.entities = entities_.Extract(claim.segment.text);
      claim.cues = cues_.Find(claim.segment.text);
    }
    claim.role = Classify(claim.segment, claim);
    out.push_back(std::move(claim));
  }
  return out;
}

}  // namespace repopost::safety
