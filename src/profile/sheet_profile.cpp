#include "profile/sheet_profile.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>

#include "profile/profile_builder.h"
#include "profile/profile_sheet.h"

namespace repopost::profile {

SourceSpan FromProvenance(const core::Provenance& at) {
  SourceSpan span;
  span.path = at.path;
  span.line_begin = at.line_begin;
  span.line_end = at.line_end;
  span.field = at.field;
  span.tag = at.tag;
  span.commit = at.commit;
  return span;
}

namespace {

std::string Version(std::string tag) {
  if (tag.size() > 1 && (tag[0] == 'v' || tag[0] == 'V') &&
      std::isdigit(static_cast<unsigned char>(tag[1])) != 0) {
    tag.erase(0, 1);
  }
  return tag;
}

}  // namespace

void FillFromSheet(const core::FactSheet& sheet, ProjectProfile& profile) {
  using core::FactKind;
  if (const core::Fact* name = sheet.First(FactKind::kProjectName);
      profile.name.empty() && name != nullptr) {
    profile.name = name->value;
    profile.name_from = FromProvenance(name->provenance);
  }
  if (profile.purpose.empty()) {
    const core::Fact* purpose = sheet.First(FactKind::kDescription);
    if (purpose == nullptr) purpose = sheet.First(FactKind::kSummary);
    if (purpose != nullptr) {
      profile.purpose = purpose->value;
      profile.purpose_from = FromProvenance(purpose->provenance);
    }
  }
  const bool points = profile.selling_points.empty();
  const bool install = profile.install.empty();
  const bool numbers = profile.numbers.empty();
  const bool platforms = profile.platforms.supported.empty();
  double salience = 1.0;
  for (const core::Fact& fact : sheet.facts) {
    const SourceSpan span = FromProvenance(fact.provenance);
    switch (fact.kind) {
      case FactKind::kFeature:
        if (points || std::none_of(profile.selling_points.begin(), profile.selling_points.end(),
                                   [&](const SellingPoint& p) { return p.text == fact.value; })) {
          profile.selling_points.push_back(
              SellingPoint{fact.value, salience, "a feature fact of the sheet", span});
          salience -= 0.01;
        }
        break;
      case FactKind::kInstallCommand:
        if (install)
          profile.install.push_back(InstallLine{fact.value, fact.detail, false, "", span});
        break;
      case FactKind::kUsageSnippet:
        if (profile.first_use.empty()) {
          std::istringstream lines(fact.value);
          std::getline(lines, profile.first_use);
          profile.first_use_from = span;
        }
        break;
      case FactKind::kBenchmark:
        if (numbers) profile.numbers.push_back(NumberClaim{"", "", fact.detail, fact.value, span});
        break;
      case FactKind::kPlatform:
        if (platforms)
          profile.platforms.supported.push_back(PlatformStatement{fact.value, "", span});
        break;
      default:
        break;
    }
  }
  if (profile.release.version.empty()) {
    if (const core::Fact* tag = sheet.First(FactKind::kLatestTag); tag != nullptr) {
      profile.release.version = Version(tag->value);
      profile.release.tag = tag->value;
      profile.release.date = tag->detail;
      profile.release.status = ReleaseStatus::kReleased;
      profile.release.provenance = FromProvenance(tag->provenance);
      profile.release.provenance.tag = tag->value;
      if (const core::Fact* entry = sheet.First(FactKind::kChangelogEntry);
          entry != nullptr && Version(entry->value) == profile.release.version) {
        std::istringstream items(entry->detail);
        for (std::string item; std::getline(items, item);) {
          if (!item.empty()) profile.release.changes.push_back(item);
        }
      }
    }
  }
}

Understood UnderstandSheet(const core::FactSheet& facts) {
  Understood out;
  out.profile = BuildProfile(facts);
  if (!facts.documents.empty()) {
    out.sheet = ProfileSheet(out.profile, facts);
  } else {
    FillFromSheet(facts, out.profile);
    out.sheet = facts;
  }
  return out;
}

}  // namespace repopost::profile
