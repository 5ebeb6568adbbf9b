#include "app/source_loader.h"

#include "ingest/github/github_clone.h"
#include "ingest/github/github_fact_sheet.h"
#include "ingest/github/github_url.h"
#include "ingest/ingest.h"

namespace repopost::app {
namespace {

// Appends `extra`'s facts and documents to `into`, renumbering their ids.
void MergeFactSheet(core::FactSheet& into, core::FactSheet extra) {
  for (auto& fact : extra.facts) {
    into.Add(fact.kind, std::move(fact.value), std::move(fact.provenance), std::move(fact.detail));
  }
  for (auto& document : extra.documents) into.AddDocument(std::move(document));
  for (auto& warning : extra.warnings) into.warnings.push_back(std::move(warning));
}

}  // namespace

SourceLoader::SourceLoader(std::vector<std::string> allowed_roots, ingest::GitHubOptions github,
                           ingest::GitHubCloneOptions clone)
    : allowed_roots_(std::move(allowed_roots)),
      github_(std::move(github)),
      clone_(std::move(clone)) {}

core::Status SourceLoader::CheckAllowed(const std::filesystem::path& path) const {
  if (allowed_roots_.empty()) return core::Ok();
  std::error_code ec;
  // Canonical form resolves "..", "." and every symlink, so neither can escape a root.
  const std::filesystem::path real = std::filesystem::canonical(path, ec);
  if (ec) return core::Fail(core::ErrorCode::kInput, "cannot read '" + path.string() + "'");
  for (const std::string& root : allowed_roots_) {
    const std::filesystem::path real_root = std::filesystem::canonical(root, ec);
    if (ec) continue;
    auto [root_end, _] =
        std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
    if (root_end == real_root.end()) return core::Ok();
  }
  return core::Fail(core::ErrorCode::kForbidden,
                    "'" + path.string() + "' is outside the directories this server may read");
}

core::Result<core::FactSheet> SourceLoader::LoadLocation(
    const std::string& location, bool clone, const ingest::IngestOptions& options) const {
  std::error_code ec;
  const bool exists = std::filesystem::exists(location, ec);
  if (!exists && ingest::LooksLikeGitHubSource(location)) {
    auto ref = ingest::ParseGitHubUrl(location);
    if (!ref) return tl::unexpected(ref.error());
    if (clone) {  // the full history from a cached libgit2 clone instead of the REST API
      auto path = ingest::CloneOrFetch(*ref, clone_);
      if (!path) return tl::unexpected(path.error());
      auto sheet = ingest::IngestPath(path->string(), options);
      if (sheet) sheet->source = location;
      return sheet;
    }
    ingest::GitHubClient client(github_);
    auto snapshot = client.Fetch(*ref);
    if (!snapshot) return tl::unexpected(snapshot.error());
    return ingest::GitHubFactSheet(*snapshot, options.inspect_secrets);
  }
  if (exists) {
    if (auto allowed = CheckAllowed(location); !allowed) return tl::unexpected(allowed.error());
  }
  return ingest::IngestPath(location, options);
}

core::Result<core::FactSheet> SourceLoader::Load(const SourceRequest& source,
                                                 const ingest::SecretInspector& inspect) const {
  ingest::IngestOptions options;
  options.inspect_secrets = inspect;
  if (source.location.empty() && source.text.empty()) {
    return core::Fail(core::ErrorCode::kUsage, "no source given: name a path, a URL, or text");
  }
  if (source.location.empty()) {
    return ingest::IngestText(source.text, source.text_name, options);
  }
  auto sheet = LoadLocation(source.location, source.clone, options);
  if (!sheet) return sheet;
  if (!source.text.empty()) {
    auto extra = ingest::IngestText(source.text, source.text_name, options);
    if (!extra) return tl::unexpected(extra.error());
    MergeFactSheet(*sheet, std::move(*extra));
  }
  return sheet;
}

}  // namespace repopost::app
