// Numbers: every measured number the README states about the product, with the conditions that
// travel with it (an estimate's footnote, "about", "up to", "generally", the benchmark setup).
#include <re2/re2.h>

#include "profile/clean_text.h"
#include "profile/field_selectors.h"

namespace repopost::profile {
namespace {

constexpr std::size_t kMaxNumbers = 10;

bool SpeaksForProduct(SectionRole role) {
  switch (role) {
    case SectionRole::kIntro:
    case SectionRole::kFeatures:
    case SectionRole::kBenchmarks:
    case SectionRole::kOther:
    case SectionRole::kQuickstart:
      return true;
    default:
      return false;
  }
}

// Words that qualify a number; the qualifier keeps the clause they open.
constexpr std::string_view kQualifierCues[] = {
    "about",     "around",    "approximately", "roughly",    "~",         "up to",
    "generally", "typically", "usually",       "on average", "estimated", "estimate",
    "at least",  "more than", "over ",         "less than",  "under ",    "nearly",
    "almost",    "counted",   "measured",      "benchmark",  "on a ",     "on an ",
    "with a ",   "compared",  "than ",         "faster",     "slower",    "when ",
    "if ",       "per ",      "in our",        "internal",   "depending", "may ",
};

// The footnote texts of the README: paragraphs or items opening with "*" or "[^n]:".
std::vector<std::string> Footnotes(const ProfileInput& input) {
  std::vector<std::string> out;
  if (input.readme_document == nullptr) return out;
  const std::string& text = input.readme_document->text;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    const std::size_t b = line.find_first_not_of(" \t>");
    if (b == std::string::npos) continue;
    line = line.substr(b);
    if ((line.starts_with("* ") || line.starts_with("<small>*") || line.starts_with("_*") ||
         line.starts_with("\\*")) &&
        WordCount(line) >= 4) {
      // A Markdown bullet "* item" is not a footnote unless it reads as one.
      const std::string lower = LowerAscii(line);
      if (ContainsAny(lower, {"estimat", "based on", "measured", "tests", "according", "note"})) {
        out.push_back(CleanText(line.substr(line.find('*') + 1)));
      }
    } else if (line.starts_with("[^")) {
      const std::size_t colon = line.find("]:");
      if (colon != std::string::npos) out.push_back(CleanText(line.substr(colon + 2)));
    }
  }
  return out;
}

// The text of a "Setup" / "Hardware" / "Methodology" section beside or above a benchmark.
std::string BenchmarkSetup(const ProfileInput& input, int section) {
  const std::vector<std::string>& chain = input.readme.sections[section].span.headings;
  for (std::size_t i = 0; i < input.readme.sections.size(); ++i) {
    const Section& s = input.readme.sections[i];
    const std::string lower = LowerAscii(s.heading);
    if (!ContainsAny(lower, {"setup", "hardware", "methodology", "environment"})) continue;
    // A sibling or an ancestor's child: shares the benchmark's parent heading.
    if (s.span.headings.size() < 2 || chain.size() < 2 ||
        s.span.headings[s.span.headings.size() - 2] != chain[chain.size() - 2]) {
      continue;
    }
    std::string text;
    for (const Block& b : input.readme.blocks) {
      if (b.section != static_cast<int>(i)) continue;
      text += (text.empty() ? "" : " ") + CleanText(b.text);
      if (text.size() > 400) break;
    }
    return text.size() > 400 ? text.substr(0, 400) + "…" : text;
  }
  return "";
}

}  // namespace

void SelectNumbers(const ProfileInput& input, ProjectProfile& profile) {
  static const RE2 kMeasure(
      R"((?i)(?:^|[\s(~])((?:~|about |up to |over |nearly |more than )?(?:x\d+|\d[\d,.]*\s*(?:x|×|%|ms|µs|us|ns|s|secs?|seconds?|minutes?|)"
      R"(hours?|[kmgt]i?b|bytes?|k|m|million|billion|thousand|times|lines|loc|sloc|files|requests|)"
      R"(req/s|ops|qps|tokens|entries|languages|platforms|fps|writes|reads))(?:\s*(?:faster|slower|smaller|larger))?)(?:$|[^\w]))");
  const std::vector<std::string> footnotes = Footnotes(input);
  for (const Block& block : input.readme.blocks) {
    if (profile.numbers.size() >= kMaxNumbers) break;
    if (block.kind == BlockKind::kCode || !SpeaksForProduct(input.readme.RoleOf(block))) continue;
    if (block.kind == BlockKind::kProse && !block.is_prose) continue;
    if (block.section >= 0) {
      const std::string heading = LowerAscii(input.readme.sections[block.section].heading);
      if (ContainsAny(heading,
                      {"config", "option", "setting", "environment", "parameter", "flag"})) {
        continue;  // a setting's value is not a measurement
      }
    }
    for (const std::string& raw : SplitSentences(block.text)) {
      // Settings and code in prose ("FZF_CTRL_R_OPTS=...60%...", "defaults to 16MB") are not
      // measurements, and a status note's dates and versions are not the product's numbers.
      if (raw.find('=') != std::string::npos || raw.find("--") != std::string::npos) continue;
      const std::string raw_lower = LowerAscii(raw);
      if (IsCaveatOrQuote(raw) ||
          ContainsAny(raw_lower, {"defaults to", "default is", "by default"})) {
        continue;
      }
      std::string value;
      if (!RE2::PartialMatch(raw, kMeasure, &value)) continue;
      NumberClaim number;
      number.value = CleanText(value);
      number.sentence = CleanText(raw);
      if (WordCount(number.sentence) < 4) continue;
      const std::string lower = LowerAscii(number.sentence);
      std::string qualifiers;
      for (std::string_view cue : kQualifierCues) {
        if (lower.find(cue) != std::string::npos) {
          qualifiers += (qualifiers.empty() ? "" : ", ") + std::string(cue);
        }
      }
      if (HasFootnoteMarker(raw) && !footnotes.empty()) {
        number.qualifier = footnotes.front();
        number.sentence += " (" + footnotes.front() + ")";
      } else {
        number.qualifier = qualifiers.empty() ? "" : "the sentence's own conditions: " + qualifiers;
      }
      // A number in a section of its own ("Core ML support", "Write performance") holds under
      // that section's conditions, and a benchmark under its setup.
      const SectionRole role = input.readme.RoleOf(block);
      if (block.section >= 0 && role != SectionRole::kIntro && role != SectionRole::kFeatures) {
        const std::string heading = CleanText(input.readme.sections[block.section].heading);
        number.qualifier +=
            (number.qualifier.empty() ? "" : "; ") + std::string("under \"") + heading + "\"";
        const std::string setup = BenchmarkSetup(input, block.section);
        if (!setup.empty()) number.qualifier += "; setup: " + setup;
      }
      number.measures =
          number.sentence.size() > 140 ? number.sentence.substr(0, 140) : number.sentence;
      number.provenance = input.readme.SpanOf(block);
      profile.numbers.push_back(std::move(number));
      if (profile.numbers.size() >= kMaxNumbers) break;
    }
  }
}

}  // namespace repopost::profile
