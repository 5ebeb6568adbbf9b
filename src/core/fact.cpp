#include "core/fact.h"

#include "core/enum_table.h"

namespace repopost::core {
namespace {
constexpr EnumTable<FactKind, 35> kFactKinds{{{
    {FactKind::kProjectName, "project-name"},
    {FactKind::kDescription, "description"},
    {FactKind::kSummary, "summary"},
    {FactKind::kHomepage, "homepage"},
    {FactKind::kRepositoryUrl, "repository-url"},
    {FactKind::kVersion, "version"},
    {FactKind::kLicense, "license"},
    {FactKind::kLanguage, "language"},
    {FactKind::kKeyword, "keyword"},
    {FactKind::kTopic, "topic"},
    {FactKind::kDependency, "dependency"},
    {FactKind::kDependencyCount, "dependency-count"},
    {FactKind::kCommitCount, "commit-count"},
    {FactKind::kFirstCommit, "first-commit"},
    {FactKind::kLastCommitDate, "last-commit-date"},
    {FactKind::kAuthorCount, "author-count"},
    {FactKind::kLatestTag, "latest-tag"},
    {FactKind::kCommitsSinceTag, "commits-since-tag"},
    {FactKind::kRecentCommit, "recent-commit"},
    {FactKind::kChangelogEntry, "changelog-entry"},
    {FactKind::kFeature, "feature"},
    {FactKind::kInstallCommand, "install-command"},
    {FactKind::kUsageSnippet, "usage-snippet"},
    {FactKind::kExample, "example"},
    {FactKind::kBenchmark, "benchmark"},
    {FactKind::kFileCount, "file-count"},
    {FactKind::kLineCount, "line-count"},
    {FactKind::kPlatform, "platform"},
    {FactKind::kDocsPage, "docs-page"},
    {FactKind::kHeading, "heading"},
    {FactKind::kProperty, "property"},
    {FactKind::kStarCount, "star-count"},
    {FactKind::kForkCount, "fork-count"},
    {FactKind::kOpenIssue, "open-issue"},
    {FactKind::kTag, "tag"},
}}};
}  // namespace

std::string_view ToString(FactKind kind) { return kFactKinds.Name(kind); }
std::optional<FactKind> ParseFactKind(std::string_view text) { return kFactKinds.Find(text); }

}  // namespace repopost::core
