#include "profile/project_profile.h"

#include <algorithm>

#include "core/enum_table.h"

namespace repopost::profile {
namespace {

constexpr core::EnumTable<ProjectKind, 10> kKinds{{{
    {ProjectKind::kLibrary, "library"},
    {ProjectKind::kCli, "cli"},
    {ProjectKind::kFramework, "framework"},
    {ProjectKind::kApplication, "application"},
    {ProjectKind::kService, "service"},
    {ProjectKind::kCourse, "course"},
    {ProjectKind::kList, "list"},
    {ProjectKind::kDemo, "demo"},
    {ProjectKind::kDocs, "docs"},
    {ProjectKind::kOther, "other"},
}}};

constexpr core::EnumTable<SectionRole, 19> kRoles{{{
    {SectionRole::kIntro, "intro"},
    {SectionRole::kFeatures, "features"},
    {SectionRole::kInstall, "install"},
    {SectionRole::kQuickstart, "quickstart"},
    {SectionRole::kExamples, "examples"},
    {SectionRole::kBenchmarks, "benchmarks"},
    {SectionRole::kComparison, "comparison"},
    {SectionRole::kAdopters, "adopters"},
    {SectionRole::kFaq, "faq"},
    {SectionRole::kLimitations, "limitations"},
    {SectionRole::kStatus, "status"},
    {SectionRole::kSponsors, "sponsors"},
    {SectionRole::kContributing, "contributing"},
    {SectionRole::kLicense, "license"},
    {SectionRole::kChangelog, "changelog"},
    {SectionRole::kCredits, "credits"},
    {SectionRole::kTranslations, "translations"},
    {SectionRole::kLinks, "links"},
    {SectionRole::kOther, "other"},
}}};

constexpr core::EnumTable<ReleaseStatus, 3> kStatuses{{{
    {ReleaseStatus::kReleased, "released"},
    {ReleaseStatus::kUnreleased, "unreleased"},
    {ReleaseStatus::kNone, "none"},
}}};

bool Has(const std::vector<PlatformStatement>& list, std::string_view platform) {
  return std::any_of(list.begin(), list.end(),
                     [&](const PlatformStatement& s) { return s.platform == platform; });
}

}  // namespace

std::string_view ToString(ProjectKind kind) { return kKinds.Name(kind); }
std::optional<ProjectKind> ParseProjectKind(std::string_view text) { return kKinds.Find(text); }
std::string_view ToString(SectionRole role) { return kRoles.Name(role); }
std::optional<SectionRole> ParseSectionRole(std::string_view text) { return kRoles.Find(text); }
std::string_view ToString(ReleaseStatus status) { return kStatuses.Name(status); }
std::optional<ReleaseStatus> ParseReleaseStatus(std::string_view text) {
  return kStatuses.Find(text);
}

std::string SourceSpan::Describe() const {
  std::string out;
  if (!path.empty()) {
    out = path;
    if (line_begin > 0) {
      out += ":" + std::to_string(line_begin);
      if (line_end > line_begin) out += "-" + std::to_string(line_end);
    }
  } else if (!tag.empty()) {
    out = "git tag " + tag;
  } else if (!field.empty()) {
    out = field;
  }
  if (!headings.empty()) {
    std::string chain;
    for (const std::string& h : headings) chain += (chain.empty() ? "" : " > ") + h;
    out += " (" + chain + ")";
  }
  return out;
}

bool Platforms::Supports(std::string_view platform) const { return Has(supported, platform); }
bool Platforms::Excludes(std::string_view platform) const { return Has(unsupported, platform); }

}  // namespace repopost::profile
