#include "profile/profile_sheet.h"

#include <algorithm>

#include "profile/clean_text.h"

namespace repopost::profile {
namespace {

using core::FactKind;

constexpr std::size_t kMaxFeatures =
    12;  // every selling point the profile keeps (the writers may use any)
constexpr std::size_t kMaxRecentCommits = 10;

// Plain repository facts, kept as ingest stated them.
bool IsKeptAsIs(FactKind kind) {
  switch (kind) {
    case FactKind::kHomepage:
    case FactKind::kRepositoryUrl:
    case FactKind::kLicense:
    case FactKind::kLanguage:
    case FactKind::kKeyword:
    case FactKind::kTopic:
    case FactKind::kCommitCount:
    case FactKind::kFirstCommit:
    case FactKind::kLastCommitDate:
    case FactKind::kAuthorCount:
    case FactKind::kFileCount:
    case FactKind::kLineCount:
    case FactKind::kExample:
    case FactKind::kStarCount:
    case FactKind::kForkCount:
      return true;
    default:
      return false;
  }
}

}  // namespace

core::Provenance ToProvenance(const SourceSpan& span, const std::string& commit) {
  core::Provenance p;
  p.path = span.path;
  p.line_begin = span.line_begin;
  p.line_end = span.line_end > 0 ? span.line_end : span.line_begin;
  p.tag = span.tag;
  p.field = span.field;
  p.commit = span.commit.empty() ? commit : span.commit;
  return p;
}

core::FactSheet ProfileSheet(const ProjectProfile& profile, const core::FactSheet& raw) {
  core::FactSheet sheet;
  sheet.source = raw.source;
  sheet.commit = raw.commit;
  sheet.warnings = raw.warnings;
  sheet.documents = raw.documents;
  auto at = [&](const SourceSpan& span) { return ToProvenance(span, raw.commit); };
  if (!profile.name.empty()) {
    sheet.Add(FactKind::kProjectName, profile.name, at(profile.name_from), profile.name_why);
  }
  if (!profile.purpose.empty()) {
    sheet.Add(FactKind::kDescription, profile.purpose, at(profile.purpose_from));
    sheet.Add(FactKind::kSummary, profile.purpose, at(profile.purpose_from));
  }
  std::size_t features = 0;
  for (const SellingPoint& point : profile.selling_points) {
    if (point.text == profile.purpose || Squash(point.text) == Squash(profile.purpose + "."))
      continue;
    if (features++ >= kMaxFeatures) break;
    sheet.Add(FactKind::kFeature, point.text, at(point.provenance), point.why);
  }
  for (const InstallLine& line : profile.install) {
    if (line.is_stale) continue;
    sheet.Add(FactKind::kInstallCommand, line.command, at(line.provenance), line.ecosystem);
  }
  if (!profile.first_use.empty()) {
    sheet.Add(FactKind::kUsageSnippet, profile.first_use, at(profile.first_use_from));
  }
  const Release& release = profile.release;
  if (release.status == ReleaseStatus::kReleased && !release.version.empty()) {
    sheet.Add(FactKind::kVersion, release.version, at(release.provenance), release.why);
    if (!release.tag.empty()) {
      sheet.Add(FactKind::kLatestTag, release.tag, at(release.provenance), release.date);
      const core::Fact* latest = raw.First(FactKind::kLatestTag);
      const core::Fact* since = raw.First(FactKind::kCommitsSinceTag);
      if (latest != nullptr && since != nullptr && latest->value == release.tag) {
        sheet.Add(FactKind::kCommitsSinceTag, since->value, since->provenance);
      }
    }
    if (!release.changes.empty()) {
      std::string items;
      for (const std::string& c : release.changes) items += (items.empty() ? "" : "\n") + c;
      const core::Fact* entry = raw.First(FactKind::kChangelogEntry);
      sheet.Add(FactKind::kChangelogEntry, release.version,
                entry != nullptr ? entry->provenance : at(release.provenance), items);
    }
  }
  for (const NumberClaim& number : profile.numbers) {
    sheet.Add(FactKind::kBenchmark, number.sentence, at(number.provenance), number.qualifier);
  }
  for (const PlatformStatement& platform : profile.platforms.supported) {
    sheet.Add(FactKind::kPlatform, platform.platform, at(platform.provenance), platform.why);
  }
  // A stressed property counts only when a selling point or the purpose states it (a property
  // phrase found in a why-not answer or a comparison is not the product's).
  std::string stated = LowerAscii(profile.purpose);
  for (const SellingPoint& p : profile.selling_points) stated += " " + LowerAscii(p.text);
  std::size_t commits = 0;
  for (const core::Fact& fact : raw.facts) {
    if (IsKeptAsIs(fact.kind)) {
      sheet.Add(fact.kind, fact.value, fact.provenance, fact.detail);
    } else if (fact.kind == FactKind::kProperty &&
               stated.find(LowerAscii(fact.value)) != std::string::npos) {
      sheet.Add(fact.kind, fact.value, fact.provenance, fact.detail);
    } else if (fact.kind == FactKind::kDependencyCount && fact.value == "0") {
      sheet.Add(fact.kind, fact.value, fact.provenance, fact.detail);
    } else if (fact.kind == FactKind::kRecentCommit && commits < kMaxRecentCommits &&
               (fact.detail == "feat" || fact.detail == "fix" || fact.detail == "perf")) {
      ++commits;
      sheet.Add(fact.kind, fact.value, fact.provenance, fact.detail);
    }
  }
  return sheet;
}

}  // namespace repopost::profile
