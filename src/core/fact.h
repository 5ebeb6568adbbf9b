// A Fact is one typed statement extracted from a source, with the provenance that proves it.
// The template writer may state only facts; the claim checker treats them as evidence.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/provenance.h"

namespace repopost::core {

enum class FactKind {
  kProjectName,      // value: "fzf"
  kDescription,      // value: one-line tagline (manifest description or first README paragraph)
  kSummary,          // value: first real README paragraph
  kHomepage,         // value: URL
  kRepositoryUrl,    // value: URL
  kVersion,          // value: "1.2.3" (manifest)
  kLicense,          // value: SPDX id "MIT"
  kLanguage,         // value: "Go", detail: share of tracked bytes "87.5%"
  kKeyword,          // value: a manifest keyword
  kTopic,            // value: a topic (GitHub)
  kDependency,       // value: dependency name, detail: version constraint
  kDependencyCount,  // value: "0", "12" (runtime dependencies declared in the manifest)
  kCommitCount,      // value: "10432"
  kFirstCommit,      // value: ISO date "2013-10-05", detail: first commit subject
  kLastCommitDate,   // value: ISO date
  kAuthorCount,      // value: distinct authors (mailmap-aware)
  kLatestTag,        // value: "v0.54.3", detail: ISO date of the tagged commit
  kCommitsSinceTag,  // value: "12"
  kRecentCommit,     // value: subject, detail: conventional-commit type ("feat") or ""
  kChangelogEntry,   // value: latest version heading "0.54.0", detail: its items joined by "\n"
  kFeature,          // value: one bullet item under a features-like heading
  kInstallCommand,   // value: one shell command line, detail: code block language
  kUsageSnippet,     // value: first lines of a usage code block, detail: language
  kExample,          // value: example file or folder name, detail: its first meaningful line
  kBenchmark,        // value: a README sentence that states a number about the project
  kFileCount,        // value: tracked files
  kLineCount,        // value: lines of source in the main language
  kPlatform,         // value: "Linux", "macOS", "Windows", ...
  kDocsPage,         // value: title of a docs page
  kHeading,          // value: a README section heading
  kProperty,         // value: a stressed property ("single header", "zero dependencies")
  kStarCount,        // value: GitHub stargazers ("1234"), from the API
  kForkCount,        // value: GitHub forks, from the API
  kOpenIssue,        // value: an open issue's title, detail: its number
  kTag,              // value: a tag name "v1.2.3", detail: ISO date of the tagged commit;
                     // provenance.field "git:tag", or "git:tag-unreachable" when the tagged
                     // commit is not in HEAD's history (a backport or another branch)
};

std::string_view ToString(FactKind kind);
std::optional<FactKind> ParseFactKind(std::string_view text);

struct Fact {
  std::string id;  // stable within one FactSheet: "f1", "f2", ...
  FactKind kind = FactKind::kProjectName;
  std::string value;
  std::string detail;
  Provenance provenance;
};

}  // namespace repopost::core
