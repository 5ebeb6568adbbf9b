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

}  // namespace

void SelectSections(const ProfileInput& input, ProjectProfile& profile) {
  profile.sections = input.readme.sections;
}

void SelectStatus(const ProfileInput& input, ProjectProfile& profile) {
  for (const Block& block : input.readme.blocks) {
    if (block.kind == BlockKind::kCode) continue;
    const SectionRole role = input.readme.RoleOf(block);
    const std::vector<std::string> sentences = SplitSentences(block.text);
    if (profile.status.empty() && (role == SectionRole::kIntro || role == SectionRole::kStatus)) {
      for (const std::string& raw : sentences) {
        const std::string lower = LowerAscii(raw);
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
