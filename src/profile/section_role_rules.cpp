#include "profile/section_role_rules.h"

#include <cctype>

namespace repopost::profile {
namespace {

struct Rule {
  std::string_view cue;
  SectionRole role;
};

// Order matters: the first cue found wins.
constexpr Rule kRules[] = {
    // What the project does not do, or why not to use it: never selling points.
    {"why not", SectionRole::kLimitations},
    {"why shouldn't", SectionRole::kLimitations},
    {"why should i not", SectionRole::kLimitations},
    {"when not to", SectionRole::kLimitations},
    {"limitation", SectionRole::kLimitations},
    {"caveat", SectionRole::kLimitations},
    {"known issue", SectionRole::kLimitations},
    {"known bug", SectionRole::kLimitations},
    {"drawback", SectionRole::kLimitations},
    {"non-goal", SectionRole::kLimitations},
    {"not supported", SectionRole::kLimitations},
    {"gotcha", SectionRole::kLimitations},
    {"troubleshoot", SectionRole::kFaq},
    {"faq", SectionRole::kFaq},
    {"frequently asked", SectionRole::kFaq},
    {"q&a", SectionRole::kFaq},
    // Building it yourself, developing it, testing it: not how a user installs it.
    {"from source", SectionRole::kContributing},
    {"building", SectionRole::kContributing},
    {"build instructions", SectionRole::kContributing},
    {"compil", SectionRole::kContributing},
    {"contribut", SectionRole::kContributing},
    {"develop", SectionRole::kContributing},
    {"hacking", SectionRole::kContributing},
    {"running tests", SectionRole::kContributing},
    {"running the tests", SectionRole::kContributing},
    {"testing", SectionRole::kContributing},
    {"release process", SectionRole::kContributing},
    {"code of conduct", SectionRole::kContributing},
    {"security", SectionRole::kContributing},
    {"translat", SectionRole::kTranslations},
    {"i18n", SectionRole::kTranslations},
    {"locali", SectionRole::kTranslations},
    {"sponsor", SectionRole::kSponsors},
    {"backer", SectionRole::kSponsors},
    {"donat", SectionRole::kSponsors},
    {"funding", SectionRole::kSponsors},
    {"support the project", SectionRole::kSponsors},
    {"support us", SectionRole::kSponsors},
    {"licen", SectionRole::kLicense},
    {"copyright", SectionRole::kLicense},
    {"changelog", SectionRole::kChangelog},
    {"change log", SectionRole::kChangelog},
    {"release notes", SectionRole::kChangelog},
    {"what's new", SectionRole::kChangelog},
    {"news", SectionRole::kChangelog},
    {"history", SectionRole::kChangelog},
    {"version history", SectionRole::kChangelog},
    {"credit", SectionRole::kCredits},
    {"acknowledg", SectionRole::kCredits},
    {"thank", SectionRole::kCredits},
    {"author", SectionRole::kCredits},
    {"maintainer", SectionRole::kCredits},
    {"contributors", SectionRole::kCredits},
    {"used by", SectionRole::kAdopters},
    {"who uses", SectionRole::kAdopters},
    {"adopter", SectionRole::kAdopters},
    {"in production", SectionRole::kAdopters},
    {"testimonial", SectionRole::kAdopters},
    {"showcase", SectionRole::kAdopters},
    {"projects using", SectionRole::kAdopters},
    {"in the wild", SectionRole::kAdopters},
    {"project status", SectionRole::kStatus},
    {"status", SectionRole::kStatus},
    {"deprecat", SectionRole::kStatus},
    {"maintenance", SectionRole::kStatus},
    {"stability", SectionRole::kStatus},
    {"benchmark", SectionRole::kBenchmarks},
    {"performance", SectionRole::kBenchmarks},
    {"comparison", SectionRole::kComparison},
    {"compared", SectionRole::kComparison},
    {" vs", SectionRole::kComparison},
    {"alternative", SectionRole::kComparison},
    {"similar project", SectionRole::kComparison},
    {"related project", SectionRole::kComparison},
    {"related tools", SectionRole::kComparison},
    {"prior art", SectionRole::kComparison},
    {"install", SectionRole::kInstall},
    {"as a dependency", SectionRole::kInstall},
    {"adding ", SectionRole::kInstall},
    {"getting the source", SectionRole::kInstall},
    {"get the source", SectionRole::kInstall},
    {"obtaining", SectionRole::kInstall},
    {"package manager", SectionRole::kInstall},
    {"download", SectionRole::kInstall},
    {"setup", SectionRole::kInstall},
    {"set up", SectionRole::kInstall},
    {"requirement", SectionRole::kInstall},
    {"getting started", SectionRole::kQuickstart},
    {"get started", SectionRole::kQuickstart},
    {"quick start", SectionRole::kQuickstart},
    {"quickstart", SectionRole::kQuickstart},
    {"usage", SectionRole::kQuickstart},
    {"how to use", SectionRole::kQuickstart},
    {"tutorial", SectionRole::kQuickstart},
    {"example", SectionRole::kExamples},
    {"demo", SectionRole::kExamples},
    {"screenshot", SectionRole::kExamples},
    {"feature", SectionRole::kFeatures},
    {"highlight", SectionRole::kFeatures},
    {"why", SectionRole::kFeatures},
    {"what it does", SectionRole::kFeatures},
};

// Headings matched on their whole text (after trimming punctuation).
struct Whole {
  std::string_view text;
  SectionRole role;
};
constexpr Whole kWhole[] = {
    {"overview", SectionRole::kIntro},        {"introduction", SectionRole::kIntro},
    {"about", SectionRole::kIntro},           {"description", SectionRole::kIntro},
    {"summary", SectionRole::kIntro},         {"philosophy", SectionRole::kFeatures},
    {"design", SectionRole::kFeatures},       {"goals", SectionRole::kFeatures},
    {"capabilities", SectionRole::kFeatures}, {"key features", SectionRole::kFeatures},
    {"links", SectionRole::kLinks},           {"resources", SectionRole::kLinks},
    {"see also", SectionRole::kLinks},        {"documentation", SectionRole::kLinks},
    {"community", SectionRole::kLinks},       {"support", SectionRole::kLinks},
    {"getting help", SectionRole::kLinks},    {"help", SectionRole::kLinks},
    {"contact", SectionRole::kLinks},         {"users", SectionRole::kAdopters},
    {"team", SectionRole::kCredits},
};

std::string Normalize(std::string_view heading) {
  std::string out;
  for (char c : heading) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80) continue;  // emoji and other decoration
    out += static_cast<char>(std::tolower(u));
  }
  const std::size_t b = out.find_first_not_of(" \t:.-#*_`'\"!?");
  if (b == std::string::npos) return "";
  const std::size_t e = out.find_last_not_of(" \t:.-#*_`'\"!?");
  return out.substr(b, e - b + 1);
}

bool StartsWithVersion(std::string_view lower) {
  for (std::string_view lead : {"[", "version ", "release ", "v"}) {
    if (lower.starts_with(lead)) lower.remove_prefix(lead.size());
  }
  std::size_t digits = 0;
  while (digits < lower.size() && std::isdigit(static_cast<unsigned char>(lower[digits]))) ++digits;
  return digits > 0 && digits + 1 < lower.size() && lower[digits] == '.' &&
         std::isdigit(static_cast<unsigned char>(lower[digits + 1]));
}

}  // namespace

SectionRole ClassifyHeading(std::string_view heading, std::string& why) {
  const std::string lower = Normalize(heading);
  why.clear();
  if (lower.empty()) return SectionRole::kOther;
  // A heading that opens with a version ("v2.1.0 (2024-03-01)", "[1.4.0] - 2023-12-02",
  // "Version 3.0") heads release notes: its items are changes, never features or support.
  if (StartsWithVersion(lower)) {
    why = "heading is a version";
    return SectionRole::kChangelog;
  }
  for (const Whole& w : kWhole) {
    if (lower == w.text) {
      why = "heading is \"" + std::string(w.text) + "\"";
      return w.role;
    }
  }
  const std::string padded = " " + lower + " ";
  for (const Rule& rule : kRules) {
    if (padded.find(rule.cue) != std::string::npos) {
      why = "heading says \"" + std::string(rule.cue) + "\"";
      return rule.role;
    }
  }
  return SectionRole::kOther;
}

}  // namespace repopost::profile
