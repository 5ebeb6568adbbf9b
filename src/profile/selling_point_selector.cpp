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
  return ContainsAny(
      lower, {"ignore previous", "ignore the above", "ignore all previous", "disregard",
              "endorsed by", "official google", "official microsoft", "system prompt",
              "you are chatgpt", "as an ai", "sponsored by", "brought to you by", "advertis"});
}

// Statements that are not about what the product does for its user: project housekeeping,
// news items, citations, asides about the README itself.
bool IsOffTopic(const std::string& lower) {
  return ContainsAny(lower, {"pull request",
                             "contribut",
                             "star this",
                             "star the repo",
                             "starring",
                             "sponsor",
                             "donat",
                             "license",
                             "licence",
                             "click here",
                             "see the ",
                             "see below",
                             "documentation is",
                             "discord",
                             "twitter",
                             "follow us",
                             "following this",
                             "join our",
                             "thank",
                             "badge",
                             "table of contents",
                             "read more",
                             "learn more",
                             "issue tracker",
                             "open an issue",
                             "translation",
                             "please cite",
                             "cite our",
                             "citation",
                             "slides",
                             "unit tests",
                             "your project",
                             "as follows",
                             "the following",
                             "is the name of",
                             "named after",
                             "our paper",
                             "this repository",
                             "this repo ",
                             "this readme",
                             "own schedule",
                             "own version",
                             "authors:",
                             "author:",
                             "maintainers:",
                             "announce",
                             "excited",
                             "this release",
                             "is now available",
                             "@"});
}

// A lead-in or an aside, not a statement about the product: a question, a pointer elsewhere
// ("See MistCSS.", "For stable version, see here."), a short prepositional fragment that
// introduces a code block ("For array resources like posts and comments.").
bool IsLeadInOrAside(const std::string& text, const std::string& lower) {
  if (text.ends_with("?") || lower.starts_with("see ") ||
      lower.find("see here") != std::string::npos || lower.starts_with("please ") ||
      lower.find(" please ") != std::string::npos || lower.starts_with("they ") ||
      lower.starts_with("these ") || lower.starts_with("those ") || lower.ends_with("including.") ||
      lower.ends_with("such as.") || lower.ends_with("following.") || lower.ends_with("like.") ||
      lower.ends_with("e.g.") || lower.starts_with("you may be looking") ||
      lower.starts_with("you can also") || lower.starts_with("here is") ||
      lower.starts_with("here's") ||
      ContainsAny(lower, {"stackoverflow", "stack overflow", "subreddit", "discourse", "forum",
                          "help you out", "chat room", "gitter", "mailing list"})) {
    return true;
  }
  for (std::string_view preposition :
       {"for ", "with ", "in ", "on ", "to ", "by ", "using ", "if "}) {
    if (lower.starts_with(preposition) && WordCount(text) < 9) return true;
  }
  return false;
}

// A news line ("[Aug 2023] Slides from ...") dates itself; it is not a property of the product.
bool IsNewsItem(const std::string& text) {
  return text.starts_with("[") && text.find(']') != std::string::npos && text.find(']') < 16;
}

// A table's caption or a legend under it ("Gin vs. Other Go Frameworks (GitHub API routing
// benchmark)", "(2): Single Repetition Duration (ns/op), lower is better"): it labels data, it
// does not say what the product does.
bool IsCaptionOrLegend(const std::string& cleaned) {
  const std::string lower = LowerAscii(cleaned);
  if (cleaned.starts_with("(") && cleaned.find("):") != std::string::npos &&
      cleaned.find("):") < 8) {
    return true;
  }
  const bool ends_sentence =
      cleaned.ends_with(".") || cleaned.ends_with("!") || cleaned.ends_with("?");
  return !ends_sentence && (ContainsAny(lower, {" vs. ", " vs ", " versus "}) ||
                            lower.find("benchmark") != std::string::npos ||
                            lower.starts_with("table ") || lower.starts_with("figure "));
}

// A prose lead-in that introduces a list of the product's features ("The key features are:",
// "**Gin's key features:**"): its items are features whatever the section is called.
bool IntroducesFeatureList(const std::string& raw) {
  std::string end = raw;
  while (!end.empty() &&
         (end.back() == ' ' || end.back() == '*' || end.back() == '_' || end.back() == '\n')) {
    end.pop_back();
  }
  return end.ends_with(":") &&
         ContainsAny(LowerAscii(end), {"feature", "highlight", "benefit", "capabilit", "key "});
}

// A heading that names an API element ("chalk.level", "supportsColor",
// "RACK_QUERY_PARSER_PARAMS_LIMIT") starts reference documentation, or one that tells the
// reader what to do ("Use Typer in your code") or maintains the project ("Dependencies",
// "Upgrading fzf", "Cloning the repository", "Migration Notes"): neither is a feature.
bool IsReferenceOrHousekeepingHeading(const std::string& heading) {
  const std::string lower = LowerAscii(heading);
  const std::string first = heading.substr(0, heading.find(' '));
  bool camel = false;
  for (std::size_t i = 1; i < first.size(); ++i) {
    camel = camel || (std::islower(static_cast<unsigned char>(first[i - 1])) &&
                      std::isupper(static_cast<unsigned char>(first[i])));
  }
  if (camel || first.find_first_of("._()[<") != std::string::npos) return true;
  return IsInstruction(lower) ||
         ContainsAny(lower, {"dependenc", "upgrad", "cloning", "migrat", "requirement",
                             "prerequisite", "uninstall", "changelog", "release"});
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
    scored.push_back(
        {{Standalone(profile.purpose), 1.2, "the purpose sentence", profile.purpose_from},
         order++});
  }
  int items_in_section = 0;
  int last_section = -2;
  bool after_status_note = false;  // list items that spell out a status note are part of it
  int feature_list_section = -2;   // the section of the last "The key features are:" lead-in
  bool in_feature_list = false;    // list items right after that lead-in
  for (const Block& block : input.readme.blocks) {
    if (block.kind == BlockKind::kCode) continue;
    if (block.kind == BlockKind::kProse) {
      after_status_note = !profile.status.empty() &&
                          block.line_begin >= profile.status_from.line_begin &&
                          block.line_begin <= profile.status_from.line_end;
      in_feature_list = IntroducesFeatureList(block.text);
      feature_list_section = block.section;
    } else if (after_status_note) {
      continue;
    }
    SectionRole role = input.readme.RoleOf(block);
    if (block.kind == BlockKind::kListItem && in_feature_list &&
        block.section == feature_list_section && RoleSalience(role) >= 0) {
      role = SectionRole::kFeatures;
    }
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
      if (IsUnsafeToRepeat(lower) || IsOffTopic(lower) || IsCaveatOrQuote(raw) ||
          IsNewsItem(CleanText(raw)) || IsLeadInOrAside(text, lower) ||
          IsCaptionOrLegend(CleanText(raw))) {
        continue;
      }
      // A how-to step told in prose ("Use bat --list-themes to ..."); a feature list item may
      // start with a verb ("Intercept request and response") and stays.
      if (block.kind == BlockKind::kProse &&
          (IsInstruction(lower) ||
           ContainsAny(lower.substr(0, 20),
                       {"to ", "when you", "if you", "you can use", "you can also", "then you"}))) {
        continue;
      }
      if (text.find("http") != std::string::npos) continue;
      double salience = base;
      std::string why = "a " +
                        std::string(block.kind == BlockKind::kListItem ? "list item" : "sentence") +
                        " in a " + std::string(ToString(role)) + " section";
      if (role != input.readme.RoleOf(block)) why = "an item of a list introduced as features";
      if (block.kind == BlockKind::kListItem && role == SectionRole::kFeatures) salience += 0.1;
      if (raw.find("**") != std::string::npos && raw.find("**") < 3) {
        salience += 0.15;
        why += ", with a bold lead";
      }
      if (IsStressed(lower)) {
        salience += 0.1;
        why += ", stressing a property";
      }
      // Earlier items matter more; a section's later prose sentences explain usage, so they fall
      // faster than the items of a list.
      const double decay = block.kind == BlockKind::kProse ? 0.08 : 0.03;
      salience -= decay * std::min(items_in_section++, 10);
      salience -= 0.002 * std::min(order, 100);
      if (words < 5) salience -= 0.2;
      const bool duplicate = std::any_of(scored.begin(), scored.end(), [&](const Scored& s) {
        return NearDuplicate(s.point.text, text);
      });
      if (duplicate) continue;
      scored.push_back({{text, salience, why, input.readme.SpanOf(block)}, order++});
    }
  }
  // A feature told as its own section ("### Syntax highlighting", "### Fails Gracefully"): the
  // heading and the first sentences of its text.
  for (std::size_t i = 0; i < input.readme.sections.size(); ++i) {
    const Section& section = input.readme.sections[i];
    const bool under_features =
        section.why.starts_with("under") && section.role == SectionRole::kFeatures;
    if (section.level < 2 || (section.role != SectionRole::kOther && !under_features)) continue;
    const std::string heading = CleanText(section.heading);
    const int words = WordCount(heading);
    if (words < 1 || words > 6 || section.heading.find('`') != std::string::npos ||
        heading.find('/') != std::string::npos || IsOffTopic(LowerAscii(heading)) ||
        IsReferenceOrHousekeepingHeading(heading) || LowerAscii(heading).starts_with("how ") ||
        LowerAscii(heading).starts_with("another")) {
      continue;
    }
    std::string body;
    SourceSpan span = section.span;
    for (const Block& block : input.readme.blocks) {
      if (block.section != static_cast<int>(i) || block.kind != BlockKind::kProse ||
          !block.is_prose) {
        continue;
      }
      for (const std::string& raw : SplitSentences(block.text)) {
        const std::string sentence = CleanText(raw);
        const std::string lower = LowerAscii(sentence);
        if (WordCount(sentence) < 4 || IsCaveatOrQuote(raw) || IsLeadInOrAside(sentence, lower) ||
            sentence.find("http") != std::string::npos) {
          continue;
        }
        if (!body.empty() && body.size() + sentence.size() > 260) break;
        body += (body.empty() ? "" : " ") + sentence;
        if (body.size() > 140) break;
      }
      span.line_end = block.line_end;
      break;
    }
    if (body.empty()) continue;
    const std::string text = heading + ": " + body;
    if (IsOffTopic(LowerAscii(text)) || IsUnsafeToRepeat(LowerAscii(text))) continue;
    const bool duplicate = std::any_of(scored.begin(), scored.end(), [&](const Scored& sc) {
      return NearDuplicate(sc.point.text, body) || NearDuplicate(sc.point.text, text);
    });
    if (duplicate) {
      // The sentence alone was found as prose: the heading-led form replaces it.
      scored.erase(
          std::remove_if(scored.begin(), scored.end(),
                         [&](const Scored& sc) { return NearDuplicate(sc.point.text, body); }),
          scored.end());
    }
    const double salience =
        (under_features ? 1.0 : 0.9) - 0.01 * std::min<int>(static_cast<int>(i), 30);
    scored.push_back({{Standalone(text), salience, "a feature section: \"" + heading + "\"", span},
                      static_cast<int>(i)});
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
