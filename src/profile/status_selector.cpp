// Status (maintenance mode, deprecated, alpha...), caveats and adopters; and the section list.
#include "profile/clean_text.h"
#include "profile/field_selectors.h"

namespace repopost::profile {
namespace {

constexpr std::size_t kMaxCaveats = 5;
constexpr std::size_t kMaxAdopters = 8;

struct StatusCue {
  std::string_view cue;
  std::string_view status;
};

// Read top to bottom: the first cue found in an intro or status sentence names the status.
constexpr StatusCue kStatusCues[] = {
    {"no longer maintained", "deprecated"},
    {"deprecated", "deprecated"},
    {"unmaintained", "deprecated"},
    {"is archived", "archived"},
    {"superseded by", "superseded"},
    {"has moved to", "superseded"},
    {"maintenance mode", "maintenance"},
    {"limited maintenance", "maintenance"},
    {"feature complete", "maintenance"},
    {"minimal maintenance", "maintenance"},
    {"feature-complete", "maintenance"},
    {"in alpha", "alpha"},
    {"alpha software", "alpha"},
    {"is alpha", "alpha"},
    {"in beta", "beta"},
    {"beta software", "beta"},
    {"experimental", "alpha"},
    {"work in progress", "alpha"},
    {"not production ready", "alpha"},
    {"not ready for production", "alpha"},
};

// A status is about the product as a whole. A sentence whose subject is one part of it ("This
// API is deprecated since v0.22.0", "direct access is deprecated", "the --foo option is
// unmaintained", "version 1.x is no longer maintained") says nothing about the product.
bool IsAboutAPart(const std::string& lower) {
  return ContainsAny(lower, {"this api",
                             "this method",
                             "this function",
                             "this option",
                             "this flag",
                             "this parameter",
                             "this setting",
                             "this feature",
                             "this class",
                             "this property",
                             "this module",
                             "this endpoint",
                             "this approach",
                             "this syntax",
                             "the old ",
                             "direct access",
                             " option ",
                             " options ",
                             " method ",
                             " methods ",
                             " function ",
                             " functions ",
                             " parameter",
                             " flag ",
                             " property ",
                             " properties",
                             " argument",
                             " field ",
                             " endpoint",
                             " api is",
                             " apis are",
                             " version ",
                             " versions ",
                             " branch ",
                             " release ",
                             "v0.",
                             "v1.",
                             "v2.",
                             "v3.",
                             "1.x",
                             "2.x",
                             "0.x",
                             "3.x"});
}

// Where a product's status may be stated: its introduction, or a status section of its own
// ("## Project status"), not a status heading nested under another section ("Cancellation >
// CancelToken (deprecated)"), which is about that part.
bool MayStateStatus(const ReadmeModel& readme, const Block& block) {
  const SectionRole role = readme.RoleOf(block);
  if (role == SectionRole::kIntro) return true;
  if (role != SectionRole::kStatus || block.section < 0) return false;
  // Walk up the enclosing sections: each must be the intro or a status section.
  int level = readme.sections[block.section].level;
  for (int i = block.section - 1; i >= 0; --i) {
    const Section& outer = readme.sections[i];
    if (outer.level >= level) continue;
    if (outer.role != SectionRole::kIntro && outer.role != SectionRole::kStatus) return false;
    level = outer.level;
  }
  return true;
}

}  // namespace

void SelectSections(const ProfileInput& input, ProjectProfile& profile) {
  profile.sections = input.readme.sections;
}

void SelectStatus(const ProfileInput& input, ProjectProfile& profile) {
  for (const Block& block : input.readme.blocks) {
    if (block.kind == BlockKind::kCode) continue;
    const SectionRole role = input.readme.RoleOf(block);
    const std::vector<std::string> sentences = SplitSentences(block.text);
    if (profile.status.empty() && MayStateStatus(input.readme, block)) {
      for (const std::string& raw : sentences) {
        const std::string lower = " " + LowerAscii(raw) + " ";
        if (IsAboutAPart(lower)) continue;
        for (const StatusCue& cue : kStatusCues) {
          if (lower.find(cue.cue) == std::string::npos) continue;
          profile.status = std::string(cue.status);
          profile.status_from = input.readme.SpanOf(block);
          if (profile.caveats.size() < kMaxCaveats) {
            profile.caveats.push_back({CleanText(raw), input.readme.SpanOf(block)});
          }
          break;
        }
        if (!profile.status.empty()) break;
      }
    }
    if (role == SectionRole::kLimitations && profile.caveats.size() < kMaxCaveats &&
        block.kind != BlockKind::kCode) {
      const std::string text = CleanText(sentences.empty() ? block.text : sentences.front());
      if (WordCount(text) >= 4) profile.caveats.push_back({text, input.readme.SpanOf(block)});
    }
    if (role == SectionRole::kAdopters && profile.adopters.size() < kMaxAdopters) {
      // An adopters list names projects or companies; a testimonial paragraph is not a list.
      if (block.kind == BlockKind::kListItem) {
        std::string text = CleanText(block.text);
        const std::size_t cut = text.find_first_of(":(-");
        if (cut != std::string::npos && cut > 0) text = text.substr(0, cut);
        while (!text.empty() && text.back() == ' ') text.pop_back();
        if (WordCount(text) >= 1 && WordCount(text) <= 6) {
          profile.adopters.push_back({text, input.readme.SpanOf(block)});
        }
      }
    }
  }
}

}  // namespace repopost::profile
