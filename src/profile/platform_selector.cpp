// Platforms: where the product runs, from explicit statements and per-OS install sections.
// A testimonial, a path or a comparison is not support; "not recommended for Android" and
// "Windows is not supported yet" are unsupported.
#include <cctype>
#include <set>

#include "profile/clean_text.h"
#include "profile/field_selectors.h"
#include "profile/platform_names.h"

namespace repopost::profile {
namespace {

constexpr std::string_view kSupportCues[] = {
    "runs on",      "run on",        "works on",       "work on",         "supports",
    "supported",    "support for",   "available for",  "available on",    "available in",
    "binaries for", "packages for",  "cross-platform", "compatible with", "tested on",
    "install on",   "installing on", "for linux",      "for macos",       "for windows",
    "on linux",     "on macos",      "on windows",     "platforms",       "builds on",
    "native",
};

bool MayStateSupport(SectionRole role) {
  switch (role) {
    case SectionRole::kIntro:
    case SectionRole::kFeatures:
    case SectionRole::kInstall:
    case SectionRole::kQuickstart:
    case SectionRole::kStatus:
    case SectionRole::kLimitations:
    case SectionRole::kFaq:
    case SectionRole::kOther:
      return true;
    default:
      return false;  // adopters (testimonials), comparison, sponsors, credits, changelog...
  }
}

std::vector<std::string> Clauses(const std::string& sentence) {
  std::vector<std::string> out;
  std::size_t start = 0;
  const std::string lower = LowerAscii(sentence);
  for (std::size_t i = 0; i < lower.size(); ++i) {
    std::size_t skip = 0;
    for (std::string_view joint : {";", ", but ", " but ", " while ", " whereas ", " although "}) {
      if (lower.compare(i, joint.size(), joint) == 0) {
        skip = joint.size();
        break;
      }
    }
    if (skip == 0) continue;
    out.push_back(sentence.substr(start, i - start));
    start = i + skip;
    i = start;
  }
  out.push_back(sentence.substr(start));
  return out;
}

// "Windows is not" / "but not on Windows" (the verb elided after a joint).
bool EndsNegated(const std::string& clause) {
  const std::string lower = LowerAscii(clause);
  return lower.find(" not") != std::string::npos || lower.starts_with("not ") ||
         lower.find(" no ") != std::string::npos;
}

// A release-note item names a platform to say what changed there ("Fix a build warning on
// Windows", "Added Windows ARM64 binaries"), not where the product runs.
bool IsChangeItem(const std::string& lower) {
  for (std::string_view verb :
       {"fix",        "fixed ",     "fixes ",    "fixing ",   "bump",       "added ",
        "adds ",      "removed ",   "removes ",  "changed ",  "changes ",   "updated ",
        "updates ",   "resolved ",  "resolves ", "improved ", "improves ",  "deprecated ",
        "dropped ",   "drops ",     "reverted ", "reverts ",  "workaround", "work around",
        "regression", "now builds", "no longer "}) {
    if (lower.starts_with(verb)) return true;
  }
  return false;
}

void Add(std::vector<PlatformStatement>& list, std::set<std::string>& seen, const std::string& name,
         std::string why, SourceSpan span) {
  if (!seen.insert(name).second) return;
  list.push_back({name, std::move(why), std::move(span)});
}

}  // namespace

void SelectPlatforms(const ProfileInput& input, ProjectProfile& profile) {
  std::set<std::string> supported, unsupported;
  // Rule 1: a negative statement about a platform makes it unsupported, wherever it stands
  // (outside testimonials and comparisons) and whatever else says it.
  // Rule 2: an install section whose heading names a platform supports it.
  // Rule 3: a sentence with a support cue that names a platform supports it, unless it is a
  // release-note item ("Fix a build warning on Windows"); version headings make changelog
  // sections, which state no support at all.
  struct Found {
    std::string name;
    bool negative;
    std::string why;
    SourceSpan span;
  };
  std::vector<Found> found;
  for (const Section& section : input.readme.sections) {
    const std::string lower = LowerAscii(section.heading);
    const bool builds_for = lower.starts_with("build") || lower.starts_with("compil");
    if (section.role != SectionRole::kInstall && section.role != SectionRole::kQuickstart &&
        !builds_for) {
      continue;
    }
    for (const std::string& name : PlatformsNamed(CleanText(section.heading))) {
      found.push_back(
          {name, false, "an install section for it: \"" + section.heading + "\"", section.span});
    }
  }
  // Rule 4: the items of a list introduced by "Supported platforms:" (or under such a heading).
  bool in_platform_list = false;
  for (const Block& block : input.readme.blocks) {
    if (block.kind == BlockKind::kProse) {
      const std::string lower = LowerAscii(block.text);
      const std::string heading =
          block.section >= 0 ? LowerAscii(input.readme.sections[block.section].heading) : "";
      in_platform_list =
          (lower.find("platform") != std::string::npos ||
           lower.find("runs on") != std::string::npos) &&
          (block.text.ends_with(":") || block.text.ends_with(":*") || block.text.ends_with(":**"));
      (void)heading;
    } else if (block.kind == BlockKind::kListItem && in_platform_list &&
               MayStateSupport(input.readme.RoleOf(block))) {
      const std::string item = CleanText(block.text);
      if (IsChangeItem(LowerAscii(item)) && !SaysUnsupported(item)) continue;
      for (const std::string& name : PlatformsNamed(item)) {
        found.push_back({name, SaysUnsupported(item),
                         "listed under \"Supported platforms\": \"" + item + "\"",
                         input.readme.SpanOf(block)});
      }
    }
  }
  for (const Block& block : input.readme.blocks) {
    if (block.kind == BlockKind::kCode || !MayStateSupport(input.readme.RoleOf(block))) continue;
    if (block.starts_with_link) continue;
    for (const std::string& raw : SplitSentences(block.text)) {
      const std::string sentence = CleanText(raw);
      const std::string lower = " " + LowerAscii(sentence) + " ";
      if (lower.find('"') != std::string::npos || lower.find("\u201c") != std::string::npos) {
        continue;  // a quotation (testimonial) is not the project's own statement
      }
      const bool change_item = IsChangeItem(LowerAscii(sentence));
      bool sentence_supportive = false;
      for (std::string_view cue : kSupportCues) {
        sentence_supportive = sentence_supportive || lower.find(cue) != std::string::npos;
      }
      // Each clause speaks for its own platforms: "Linux is supported, but Windows is not".
      for (const std::string& clause : Clauses(sentence)) {
        const bool negative =
            SaysUnsupported(clause) || (clause != sentence && EndsNegated(clause));
        if (!negative && (!sentence_supportive || change_item)) continue;
        for (const std::string& name : PlatformsNamed(clause)) {
          found.push_back({name, negative,
                           std::string(negative ? "a statement that it is not supported: \""
                                                : "a statement of support: \"") +
                               (sentence.size() > 100 ? sentence.substr(0, 100) + "…" : sentence) +
                               "\"",
                           input.readme.SpanOf(block)});
        }
      }
    }
  }
  for (const Found& f : found) {
    if (f.negative) Add(profile.platforms.unsupported, unsupported, f.name, f.why, f.span);
  }
  for (const Found& f : found) {
    if (!f.negative && !unsupported.contains(f.name)) {
      Add(profile.platforms.supported, supported, f.name, f.why, f.span);
    }
  }
}

}  // namespace repopost::profile
