#include "safety/claim_extractor.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "text/index_terms.h"
#include "text/stemmer.h"

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

// Evaluative words ("rough", "elegant", "worth") and words that carry no fact ("part", "point",
// "thing"): a sentence made of these, with nothing else to check, is an opinion. Stemmed.
constexpr std::string_view kEvaluativeWords[] = {
    "rough",        "edges",       "nice",       "nicer",       "elegant",      "beautiful",
    "delightful",   "refreshing",  "clever",     "neat",        "love",         "lovely",
    "joy",          "pleasure",    "charming",   "satisfying",  "fun",          "great",
    "good",         "cool",        "awesome",    "impressive",  "remarkable",   "underrated",
    "overlooked",   "worth",       "matters",    "honest",      "honestly",     "pragmatic",
    "opinionated",  "boring",      "magic",      "feel",        "feels",        "vibe",
    "taste",        "tasteful",    "thoughtful", "careful",     "crafted",      "polished",
    "quirky",       "weird",       "ugly",       "messy",       "pain",         "painful",
    "annoying",     "frustrating", "shines",     "gem",         "humble",       "modest",
    "quiet",        "quietly",     "calm",       "sane",        "sensible",     "clean",
    "tidy",         "wonderful",   "fantastic",  "brilliant",   "solid",        "smart",
    "wise",         "fair",        "genuine",    "genuinely",   "enjoy",        "appreciate",
    "admire",       "respect",     "prefer",     "favorite",    "favourite",    "wish",
    "hope",         "believe",     "think",      "seems",       "arguably",     "surprising",
    "surprisingly", "striking",    "notable",    "interesting", "fascinating",  "compelling",
    "inspiring",    "exciting",    "dull",       "right",       "deliberate",   "deliberately",
    "intentional",  "spirit",      "philosophy", "lesson",      "reminder",     "reminds",
    "proof",        "charm",       "rare",       "rarely",      "refreshingly", "pleasant",
    "pleasantly",   "delight",     "beauty",     "elegance",    "simplicity",   "clarity",
    "restraint",    "discipline",  "care",       "craft",       "hard",         "easy",
    "simple",       "small",       "boringly",   "obvious",     "obviously",    "classic"};
constexpr std::string_view kFillerWords[] = {
    "part",      "point",      "thing",     "things", "way",     "kind",  "lot",    "bit",
    "something", "everything", "anything",  "stuff",  "reason",  "sort",  "place",  "moment",
    "whole",     "fact",       "deal",      "sense",  "exactly", "just",  "still",  "simply",
    "precisely", "definitely", "certainly", "truly",  "really",  "quite", "pretty", "rather",
    "also",      "even",       "much",      "many",   "around",  "makes", "make",   "feel",
    "get",       "gets",       "got",       "look",   "looks",   "one",   "ones",   "kind",
    "exactly",   "actually",   "idea",      "case",   "every",   "day",   "time",   "sometimes"};

bool InTable(const std::vector<std::string>& sorted, const std::string& stem) {
  return std::binary_search(sorted.begin(), sorted.end(), stem);
}

std::vector<std::string> StemTable(const std::string_view* words, std::size_t n) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(text::StemEnglish(words[i]));
  std::sort(out.begin(), out.end());
  return out;
}

// An evaluation with nothing checkable: at least one evaluative word, at most one other content
// word, no number, no name, and none of the cues that stay claims (adoption, outcome,
// superlative, first person, affiliation, absolute). docs/decisions/claim-roles.md.
bool IsOpinion(std::string_view text, const Claim& parts) {
  static const std::vector<std::string> evaluative =
      StemTable(kEvaluativeWords, std::size(kEvaluativeWords));
  static const std::vector<std::string> filler = StemTable(kFillerWords, std::size(kFillerWords));
  if (!parts.numbers.empty() || !parts.entities.empty()) return false;
  for (CueKind kind : {CueKind::kAdoption, CueKind::kOutcome, CueKind::kSuperlative,
                       CueKind::kFirstPerson, CueKind::kAffiliation, CueKind::kAbsolute}) {
    if (parts.HasCue(kind)) return false;
  }
  std::size_t evaluations = 0;
  std::size_t others = 0;
  for (const std::string& term : text::IndexTerms(text)) {
    if (term.empty() || std::isdigit(static_cast<unsigned char>(term[0]))) return false;
    if (InTable(evaluative, term)) {
      ++evaluations;
    } else if (!InTable(filler, term)) {
      ++others;
    }
  }
  return evaluations > 0 && others <= 1;
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
  if (IsOpinion(segment.text, parts)) return ClaimRole::kOpinion;
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
