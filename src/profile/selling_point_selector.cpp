// Selling points: the statements that sell the product, ranked. Only from sections that speak
// for the product (intro, features, usage, benchmarks); never from why-not, limitations, FAQ,
// sponsors, contributing, translations, credits, or lists of other projects.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "profile/clean_text.h"
#include "profile/field_selectors.h"

namespace repopost::profile {
namespace {

constexpr std::size_t kMaxPoints = 12;
constexpr std::size_t kMaxPointBytes = 300;

double RoleSalience(SectionRole role) {
  switch (role) {
    case SectionRole::kFeatures:
      return 1.0;
    case SectionRole::kIntro:
      return 0.8;
    case SectionRole::kBenchmarks:
      return 0.6;
    case SectionRole::kOther:
      return 0.45;
    case SectionRole::kQuickstart:
    case SectionRole::kExamples:
      return 0.35;
    default:
      return -1;
  }
}

// Text that claims endorsement, affiliation or adoption, or instructs a reader or a model: the
// repository saying it is not a reason to repeat it (DESIGN.md section 2, principle 5).
bool IsUnsafeToRepeat(const std::string& lower) {
  return ContainsAny(lower, {"ignore previous", "ignore the above", "ignore all previous",
                             "disregard", "endorsed by", "official google", "official microsoft",
                             "system prompt", "you are chatgpt", "as an ai", "sponsored by",
                             "brought to you by", "advertis"});
}

// Statements that are not about what the product does for its user.
bool IsOffTopic(const std::string& lower) {
  return ContainsAny(lower, {"pull request", "contribut", "star this", "star the repo",
                             "sponsor", "donat", "license", "licence", "click here", "see the ",
                             "see below", "documentation is", "discord", "twitter", "follow us",
                             "join our", "thank", "badge", "table of contents", "read more",
                             "learn more", "issue tracker", "open an issue", "translation"});
}

bool IsStressed(const std::string& lower) {
  return ContainsAny(lower, {"fast", "simple", "small", "zero", "single", "no dependencies",
                             "lightweight", "secure", "easy", "portable", "cross-platform",
                             "minimal", "tiny", "header-only", "powerful", "intuitive"});
}

struct Scored {
  SellingPoint point;
  int order = 0;
};

std::string Standalone(std::string text) {
  text = CleanText(text);
  // "Fast // Optimized to ..." (a bold lead and its explanation) -> "Fast: optimized to ...".
  for (std::string_view joint : {" // ", " — ", " – ", " - "}) {
    const std::size_t at = text.find(joint);
    if (at != std::string::npos && at > 0 && at < 40 && WordCount(text.substr(0, at)) <= 4) {
      std::string rest = text.substr(at + joint.size());
      if (!rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z' && rest.size() > 1 &&
          std::islower(static_cast<unsigned char>(rest[1]))) {
        rest[0] = static_cast<char>(rest[0] - 'A' + 'a');
      }
      text = text.substr(0, at) + ": " + rest;
      break;
    }
  }
  if (text.size() > kMaxPointBytes) {
    const std::vector<std::string> sentences = SplitSentences(text);
    if (!sentences.empty()) text = sentences.front();
  }
  if (!text.empty() && text.back() != '.' && text.back() != '!' && text.back() != '?' &&
      text.back() != ')') {
    text += '.';
  }
  return text;
}

bool NearDuplicate(const std::string& a, const std::string& b) {
  const std::string x = Squash(a), y = Squash(b);
  if (x.empty() || y.empty()) return false;
  return x == y || (x.size() > 20 && y.find(x) != std::string::npos) ||
         (y.size() > 20 && x.find(y) != std::string::npos);
}

}  // namespace

void SelectSellingPoints(const ProfileInput& input, ProjectProfile& profile) {
  std::vector<Scored> scored;
  int order = 0;
  // The purpose is the first point: what the product is, in its own words.
  if (!profile.purpose.empty()) {
    scored.push_back({{Standalone(profile.purpose), 1.2, "the purpose sentence",
                       profile.purpose_from},
                      order++});
  }
  int items_in_section = 0;
  int last_section = -2;
  for (const Block& block : input.readme.blocks) {
    if (block.kind == BlockKind::kCode) continue;
    const SectionRole role = input.readme.RoleOf(block);
    const double base = RoleSalience(role);
    if (base < 0) continue;
    if (block.kind == BlockKind::kProse && !block.is_prose) continue;
    if (block.kind == BlockKind::kListItem && block.starts_with_link) continue;  // other projects
    if (block.section != last_section) {
      items_in_section = 0;
      last_section = block.section;
    }
    // Prose gives its sentences; a list item is one point.
    std::vector<std::string> texts;
    if (block.kind == BlockKind::kListItem) {
      texts.push_back(block.text);
    } else {
      for (std::string& s : SplitSentences(block.text)) texts.push_back(std::move(s));
    }
    for (const std::string& raw : texts) {
      const std::string text = Standalone(raw);
      const std::string lower = LowerAscii(text);
      const int words = WordCount(text);
      if (words < 3 || words > 60 || text.starts_with("-") || text.starts_with("$")) continue;
      if (IsUnsafeToRepeat(lower) || IsOffTopic(lower)) continue;
      if (text.find("http") != std::string::npos) continue;
      double salience = base;
      std::string why = "a " + std::string(block.kind == BlockKind::kListItem ? "list item" : "sentence") +
                        " in a " + std::string(ToString(role)) + " section";
      if (block.kind == BlockKind::kListItem && role == SectionRole::kFeatures) salience += 0.1;
      if (raw.find("**") != std::string::npos && raw.find("**") < 3) {
        salience += 0.15;
        why += ", with a bold lead";
      }
      if (IsStressed(lower)) {
        salience += 0.1;
        why += ", stressing a property";
      }
      salience -= 0.03 * std::min(items_in_section++, 10);  // earlier items matter more
      salience -= 0.002 * std::min(order, 100);
      if (words < 5) salience -= 0.2;
      const bool duplicate = std::any_of(scored.begin(), scored.end(), [&](const Scored& s) {
        return NearDuplicate(s.point.text, text);
      });
      if (duplicate) continue;
      scored.push_back({{text, salience, why, input.readme.SpanOf(block)}, order++});
    }
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    return a.point.salience != b.point.salience ? a.point.salience > b.point.salience
                                                : a.order < b.order;
  });
  for (Scored& s : scored) {
    s.point.salience = std::round(s.point.salience * 100) / 100;
    profile.selling_points.push_back(std::move(s.point));
    if (profile.selling_points.size() == kMaxPoints) break;
  }
}

}  // namespace repopost::profile
