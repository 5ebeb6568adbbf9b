#include "index/fact_source_kind.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace repopost::index {
namespace {

using core::FactKind;
using core::SourceKind;

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

constexpr std::array<std::string_view, 14> kManifests{
    "package.json",   "cargo.toml",       "go.mod",       "pyproject.toml", "setup.py",
    "setup.cfg",      "pom.xml",          "build.gradle", "composer.json",  "gemfile",
    "cmakelists.txt", "requirements.txt", "meson.build",  "vcpkg.json",
};

std::optional<SourceKind> KindOfPath(std::string_view path) {
  if (path.empty()) return std::nullopt;
  const std::string lower = Lower(path);
  const std::size_t slash = lower.rfind('/');
  const std::string_view name =
      std::string_view(lower).substr(slash == std::string::npos ? 0 : slash + 1);
  if (StartsWith(name, "readme")) return SourceKind::kReadme;
  if (StartsWith(name, "changelog") || StartsWith(name, "changes") || name == "news" ||
      StartsWith(name, "news.") || StartsWith(name, "history") || StartsWith(name, "releases")) {
    return SourceKind::kChangelog;
  }
  if (StartsWith(name, "license") || StartsWith(name, "licence") || StartsWith(name, "copying")) {
    return SourceKind::kLicense;
  }
  for (std::string_view manifest : kManifests) {
    if (name == manifest || name.ends_with(".gemspec") || name.ends_with(".cabal")) {
      return SourceKind::kManifest;
    }
  }
  if (StartsWith(lower, "examples/") || StartsWith(lower, "example/") ||
      lower.find("/examples/") != std::string::npos) {
    return SourceKind::kExamples;
  }
  if (StartsWith(lower, "docs/") || StartsWith(lower, "doc/") || name.ends_with(".md") ||
      name.ends_with(".rst") || name.ends_with(".adoc")) {
    return SourceKind::kDocs;
  }
  return std::nullopt;
}

bool IsHistoryFact(FactKind kind) {
  switch (kind) {
    case FactKind::kCommitCount:
    case FactKind::kFirstCommit:
    case FactKind::kLastCommitDate:
    case FactKind::kAuthorCount:
    case FactKind::kCommitsSinceTag:
    case FactKind::kRecentCommit:
    case FactKind::kFileCount:
    case FactKind::kLineCount:
    case FactKind::kLanguage:
      return true;
    default:
      return false;
  }
}

}  // namespace

SourceKind SourceKindOfFact(const core::Fact& fact) {
  const core::Provenance& where = fact.provenance;
  if (std::optional<SourceKind> kind = KindOfPath(where.path)) return *kind;
  const std::string_view field = where.field;
  if (StartsWith(field, "git:")) return SourceKind::kCommits;  // git:log, git:history, git:tree
  if (StartsWith(field, "github:issue")) return SourceKind::kIssues;
  if (StartsWith(field, "github:pull")) return SourceKind::kPullRequests;
  if (StartsWith(field, "github:release")) return SourceKind::kReleases;
  if (!where.tag.empty() || fact.kind == FactKind::kLatestTag) return SourceKind::kReleases;
  if (where.url.find("/issues") != std::string::npos) return SourceKind::kIssues;
  if (where.url.find("/pulls") != std::string::npos) return SourceKind::kPullRequests;
  if (where.url.find("/releases") != std::string::npos) return SourceKind::kReleases;
  if (!field.empty()) return SourceKind::kManifest;  // a manifest field or repository metadata
  if (IsHistoryFact(fact.kind) || !where.commit.empty()) return SourceKind::kCommits;
  return SourceKind::kUserText;
}

}  // namespace repopost::index
