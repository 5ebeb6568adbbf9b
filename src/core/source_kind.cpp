#include "core/source_kind.h"

#include "core/enum_table.h"

namespace repopost::core {
namespace {
constexpr EnumTable<SourceKind, 11> kSourceKinds{{{
    {SourceKind::kReadme, "readme"},
    {SourceKind::kDocs, "docs"},
    {SourceKind::kExamples, "examples"},
    {SourceKind::kChangelog, "changelog"},
    {SourceKind::kIssues, "issues"},
    {SourceKind::kPullRequests, "pull-requests"},
    {SourceKind::kReleases, "releases"},
    {SourceKind::kCommits, "commits"},
    {SourceKind::kManifest, "manifest"},
    {SourceKind::kLicense, "license"},
    {SourceKind::kUserText, "user-text"},
}}};
}  // namespace

std::string_view ToString(SourceKind kind) { return kSourceKinds.Name(kind); }
std::optional<SourceKind> ParseSourceKind(std::string_view text) { return kSourceKinds.Find(text); }

}  // namespace repopost::core
