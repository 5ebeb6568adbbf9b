// The kind of source a document or chunk came from; retrieval weights are per kind.
#pragma once

#include <optional>
#include <string_view>

namespace repopost::core {

enum class SourceKind {
  kReadme,
  kDocs,
  kExamples,
  kChangelog,
  kIssues,
  kPullRequests,
  kReleases,
  kCommits,
  kManifest,
  kLicense,
  kUserText,
};

std::string_view ToString(SourceKind kind);
std::optional<SourceKind> ParseSourceKind(std::string_view text);

}  // namespace repopost::core
