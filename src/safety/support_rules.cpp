#include "safety/support_rules.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

#include "text/entity_extractor.h"

namespace repopost::safety {

std::string Percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", x * 100);
  return buf;
}

Reason RoleReason(ClaimRole role) {
  switch (role) {
    case ClaimRole::kQuestion:
      return Reason::kQuestion;
    case ClaimRole::kCallToAction:
      return Reason::kCallToAction;
    case ClaimRole::kReaderOpinion:
      return Reason::kAboutReader;
    case ClaimRole::kHashtags:
      return Reason::kHashtags;
    case ClaimRole::kOpinion:
      return Reason::kOpinion;
    case ClaimRole::kFraming:
    case ClaimRole::kClaim:
      break;
  }
  return Reason::kFraming;
}

// The reason a part named in ClaimResult::unsupported_parts stands for.
Reason PartReason(std::string_view part) {
  if (part.starts_with("number ")) return Reason::kNumberNotFound;
  if (part.starts_with("dropped qualifier")) return Reason::kDroppedQualifier;
  if (part.starts_with("name ")) return Reason::kNameNotFound;
  if (part.starts_with("language ")) return Reason::kWrongLanguage;
  if (part.starts_with("negation") || part.starts_with("the evidence is negated")) {
    return Reason::kNegation;
  }
  if (part.find("(the repository's own word is not evidence)") != std::string_view::npos) {
    return Reason::kThirdParty;
  }
  if (part == "content") return Reason::kNotSaid;
  return Reason::kUnstatedCue;
}

// Words that only present a project ("Meet fzf.", "One repository worth a look: fzf."): a
// sentence made of these and the project's name states nothing that could be false.
bool IsPresentationOnly(std::string_view text, std::string_view project) {
  static constexpr std::string_view kPresentational[] = {
      "meet",    "introducing", "introduce", "say",   "hello", "one",  "repository", "repo",
      "project", "worth",       "look",      "check", "out",   "here", "this",       "library",
      "tool",    "presenting",  "spotlight", "today", "quick", "new"};
  std::string word;
  bool saw_project = false;
  const auto flush = [&]() -> bool {
    if (word.empty()) return true;
    std::string lower = word;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    word.clear();
    if (!project.empty() && lower == project) {
      saw_project = true;
      return true;
    }
    if (text::EntityExtractor::IsFunctionWord(lower)) return true;
    return std::find(std::begin(kPresentational), std::end(kPresentational), lower) !=
           std::end(kPresentational);
  };
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
        static_cast<unsigned char>(c) >= 0x80) {
      if (c == '.' && (word.empty())) continue;
      word += c;
      continue;
    }
    if (!flush()) return false;
  }
  while (!word.empty() && word.back() == '.') word.pop_back();
  return flush() && saw_project;
}

// Capitalised words that are not names of anything a repository could be wrong about: common
// computing acronyms, months, abbreviations ("CPU", "APIs", "August", "e.g").
bool IsCommonTerm(std::string_view normalized) {
  static constexpr std::string_view kCommon[] = {
      "api",       "apis",     "cpu",      "cpus",     "gpu",    "gpus",   "ram",   "ui",
      "uis",       "ux",       "eta",      "i/o",      "io",     "crud",   "cli",   "clis",
      "os",        "oss",      "url",      "urls",     "http",   "https",  "rest",  "json",
      "ide",       "ides",     "sdk",      "sdks",     "faq",    "readme", "ci",    "cd",
      "e.g",       "i.e",      "etc",      "vs",       "ascii",  "utf-8",  "tl;dr", "tldr",
      "january",   "february", "march",    "april",    "may",    "june",   "july",  "august",
      "september", "october",  "november", "december", "monday", "friday", "ok",    "diy"};
  return std::find(std::begin(kCommon), std::end(kCommon), normalized) != std::end(kCommon);
}

// "Two honest caveats.", "Three things stand out": a count of the post's own items.
bool CountsThePostsOwnItems(const text::Quantity& q, std::string_view text) {
  if (!q.is_word) return false;
  static constexpr std::string_view kItems[] = {
      "caveat", "thing", "reason",   "way",    "tip",  "takeaway", "lesson", "note",
      "point",  "idea",  "question", "detail", "step", "trade",    "catch",  "highlight"};
  const std::vector<std::string> next =
      text::EntityExtractor::Tokens(text.substr(std::min(q.end, text.size()), 40));
  for (std::size_t i = 0; i < next.size() && i < 2; ++i) {
    for (std::string_view item : kItems) {
      if (next[i].starts_with(item)) return true;
    }
  }
  return false;
}

bool NeedsSupport(CueKind kind) {
  return kind == CueKind::kSuperlative || kind == CueKind::kAbsolute ||
         kind == CueKind::kAdoption || kind == CueKind::kOutcome || kind == CueKind::kFirstPerson ||
         kind == CueKind::kAffiliation;
}

// A claim about what third parties did or are (endorsed, backed, sponsored, affiliated, an
// organisation's own project, used or trusted by someone): the repository saying so about itself
// is not evidence, so nothing in it can support the cue (issue 16). `after` is the claim text
// that follows the cue.
bool IsThirdPartyClaim(const Cue& cue, std::string_view after) {
  static constexpr std::string_view kAffiliations[] = {
      "backed by",       "sponsored by",         "funded by",
      "endorsed by",     "certified by",         "recommended by",
      "acquired by",     "partnered with",       "partnership with",
      "affiliated with", "in collaboration with"};
  static constexpr std::string_view kAdoptions[] = {
      "trusted by", "used by",      "loved by",    "adopted by",
      "chosen by",  "relied on by", "deployed by", "in production at"};
  if (cue.kind == CueKind::kAffiliation) {
    for (std::string_view phrase : kAffiliations) {
      if (cue.normalized == phrase) return true;
    }
    if (cue.normalized.ends_with(" project")) return true;  // "a google project"
    // "official Google project": official followed by an organisation's name ("the official
    // Docker image" is the project's own image, not an affiliation).
    if (cue.normalized.starts_with("official")) {
      static constexpr std::string_view kOrganisations[] = {
          "google", "microsoft",        "apple",   "amazon",    "aws",
          "meta",   "facebook",         "openai",  "anthropic", "github",
          "nvidia", "mozilla",          "netflix", "ibm",       "oracle",
          "intel",  "linux foundation", "cncf",    "apache"};
      std::string next(after.substr(0, 40));
      for (char& c : next) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      next.erase(0, next.find_first_not_of(" \t"));
      for (std::string_view org : kOrganisations) {
        if (next.starts_with(org) &&
            (next.size() == org.size() ||
             !std::isalpha(static_cast<unsigned char>(next[org.size()])))) {
          return true;
        }
      }
    }
    return false;
  }
  if (cue.kind == CueKind::kAdoption) {
    // "used by Netflix", "trusted by thousands of teams"; not "values used by the benchmark".
    static constexpr std::string_view kAdopters[] = {
        "teams",    "companies", "developers", "engineers",     "thousands",     "millions",
        "hundreds", "many",      "major",      "big",           "large",         "enterprises",
        "startups", "users",     "people",     "organisations", "organizations", "some",
        "most",     "leading",   "top",        "fortune",       "industry",      "over"};
    std::string_view next = after.substr(std::min(after.find_first_not_of(" \t"), after.size()));
    if (next.starts_with("the ") || next.starts_with("The ")) next.remove_prefix(4);
    const bool names_adopter =
        !next.empty() &&
        (std::isupper(static_cast<unsigned char>(next[0])) ||
         std::isdigit(static_cast<unsigned char>(next[0])) ||
         std::any_of(std::begin(kAdopters), std::end(kAdopters), [&](std::string_view w) {
           return next.starts_with(w) &&
                  (next.size() == w.size() ||
                   !std::isalpha(static_cast<unsigned char>(next[w.size()])));
         }));
    for (std::string_view phrase : kAdoptions) {
      if (cue.normalized == phrase) return names_adopter;
    }
  }
  return false;
}

}  // namespace repopost::safety
