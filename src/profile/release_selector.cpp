// The release: the main product's latest released version, from its tags, cross-checked with
// the manifest and the changelog.
#include <algorithm>
#include <cctype>
#include <set>

#include "core/source_kind.h"
#include "profile/clean_text.h"
#include "profile/field_selectors.h"
#include "profile/version_tag.h"

namespace repopost::profile {
namespace {

struct TagCandidate {
  const core::Fact* fact = nullptr;
  VersionTag version;
};

// Versions a go.mod retracts ("retract v1.99.99", "retract [v1.0.0, v1.0.5]"): deliberately
// broken releases that must never be presented as the release.
std::set<std::string> RetractedVersions(const core::FactSheet& sheet) {
  std::set<std::string> out;
  for (const core::Document& d : sheet.documents) {
    if (d.kind != core::SourceKind::kManifest || !d.provenance.path.ends_with("go.mod")) continue;
    std::size_t at = 0;
    while ((at = d.text.find("retract", at)) != std::string::npos) {
      const std::size_t end =
          d.text.find(')', at) != std::string::npos && d.text.find('(', at) < d.text.find('\n', at)
              ? d.text.find(')', at)
              : d.text.find('\n', at);
      const std::string clause = d.text.substr(at, end == std::string::npos ? 200 : end - at);
      std::size_t v = 0;
      while ((v = clause.find('v', v)) != std::string::npos) {
        if (v + 1 < clause.size() && std::isdigit(static_cast<unsigned char>(clause[v + 1]))) {
          std::size_t e = v + 1;
          while (e < clause.size() && (std::isalnum(static_cast<unsigned char>(clause[e])) ||
                                       clause[e] == '.' || clause[e] == '-')) {
            ++e;
          }
          out.insert(clause.substr(v + 1, e - v - 1));
          v = e;
        } else {
          ++v;
        }
      }
      at += 7;
    }
  }
  return out;
}

bool IsGenericPrefix(const std::string& squashed) {
  return squashed.empty() || squashed == "v" || squashed == "release" || squashed == "rel" ||
         squashed == "version" || squashed == "tag";
}

// A version far above every other one of the product ("v1.99.99" after "v1.3.0") is an
// outlier: a placeholder or deliberately broken tag, not a release.
bool IsOutlier(const VersionTag& top, const VersionTag& next) {
  if (top.numbers.size() < 2 || next.numbers.size() < 2) return false;
  if (top.numbers[0] == next.numbers[0]) return top.numbers[1] - next.numbers[1] > 30;
  return next.numbers[0] > 0 && next.numbers[0] < 100 && top.numbers[0] - next.numbers[0] > 20;
}

bool IsPrivate(const ProfileInput& input) {
  if (!input.manifest) return false;
  for (const core::Document& d : input.sheet->documents) {
    if (d.provenance.path == input.manifest->path) {
      return d.text.find("\"private\": true") != std::string::npos ||
             d.text.find("\"private\":true") != std::string::npos;
    }
  }
  return false;
}

// The year written on a changelog entry's heading line, 0 when none.
int EntryYear(const ProfileInput& input, const core::Fact& entry) {
  for (const core::Document& d : input.sheet->documents) {
    if (d.provenance.path != entry.provenance.path) continue;
    std::size_t pos = 0;
    for (int line = 1; line < entry.provenance.line_begin && pos != std::string::npos; ++line) {
      pos = d.text.find('\n', pos);
      if (pos != std::string::npos) ++pos;
    }
    if (pos == std::string::npos) return 0;
    const std::string heading = d.text.substr(pos, d.text.find('\n', pos) - pos);
    for (std::size_t i = 0; i + 4 <= heading.size(); ++i) {
      if ((heading.compare(i, 2, "19") == 0 || heading.compare(i, 2, "20") == 0) &&
          std::isdigit(static_cast<unsigned char>(heading[i + 2])) &&
          std::isdigit(static_cast<unsigned char>(heading[i + 3])) &&
          (i + 4 == heading.size() || !std::isdigit(static_cast<unsigned char>(heading[i + 4])))) {
        return std::stoi(heading.substr(i, 4));
      }
    }
  }
  return 0;
}

bool IsStaleChangelogEntry(const ProfileInput& input, const core::Fact& entry) {
  const core::Fact* last = input.sheet->First(core::FactKind::kLastCommitDate);
  const int year = EntryYear(input, entry);
  if (last == nullptr || year == 0 || last->value.size() < 4) return false;
  return std::stoi(last->value.substr(0, 4)) - year > 3;
}

SourceSpan TagSpan(const core::Fact& fact) {
  SourceSpan span;
  span.field = fact.provenance.field;
  span.tag = fact.provenance.tag;
  span.commit = fact.provenance.commit;
  return span;
}

void AddChanges(const ProfileInput& input, ProjectProfile& profile) {
  const core::Fact* entry = input.sheet->First(core::FactKind::kChangelogEntry);
  if (entry == nullptr) return;
  auto entry_version = ParseVersionTag(entry->value);
  if (!entry_version || entry_version->version != profile.release.version) return;
  std::size_t pos = 0;
  while (pos < entry->detail.size() && profile.release.changes.size() < 8) {
    std::size_t end = entry->detail.find('\n', pos);
    if (end == std::string::npos) end = entry->detail.size();
    std::string item = CleanText(entry->detail.substr(pos, end - pos));
    if (WordCount(item) >= 2) profile.release.changes.push_back(std::move(item));
    pos = end + 1;
  }
}

}  // namespace

void SelectRelease(const ProfileInput& input, ProjectProfile& profile) {
  std::set<std::string> product_keys;
  for (const std::string& key :
       {profile.name, input.source_name, input.manifest ? input.manifest->name : std::string()}) {
    const std::string squashed = Squash(key);
    if (!squashed.empty()) product_keys.insert(squashed);
  }
  const std::set<std::string> retracted = RetractedVersions(*input.sheet);
  std::vector<TagCandidate> stable, prerelease;
  for (const core::Fact* fact : input.sheet->All(core::FactKind::kTag)) {
    auto version = ParseVersionTag(fact->value);
    if (!version || version->numbers.empty()) continue;
    const std::string prefix = Squash(version->prefix);
    // A tag of another package in the same repository ("ignore-0.4.33", "tokio-stream-0.1.19").
    if (!IsGenericPrefix(prefix) && !product_keys.contains(prefix)) continue;
    if (retracted.contains(version->version)) continue;
    (version->is_prerelease ? prerelease : stable).push_back({fact, std::move(*version)});
  }
  auto by_version = [](const TagCandidate& a, const TagCandidate& b) {
    return VersionLess(b.version, a.version);  // newest first
  };
  std::sort(stable.begin(), stable.end(), by_version);
  std::sort(prerelease.begin(), prerelease.end(), by_version);
  while (stable.size() >= 2 && IsOutlier(stable[0].version, stable[1].version)) {
    stable.erase(stable.begin());
  }
  std::optional<VersionTag> manifest_version;
  if (input.manifest && !input.manifest->version.empty()) {
    manifest_version = ParseVersionTag(input.manifest->version);
  }
  const TagCandidate* chosen = nullptr;
  std::string why;
  // Rule 1: a tag whose version is the manifest's, when no stable tag is newer (a project that
  // publishes a pre-release line as its current version says so in its manifest).
  if (manifest_version) {
    for (const auto* list : {&stable, &prerelease}) {
      for (const TagCandidate& c : *list) {
        if (c.version.version != manifest_version->version) continue;
        if (!stable.empty() && VersionLess(c.version, stable.front().version)) continue;
        chosen = &c;
        why = "the newest product tag that agrees with the manifest version";
        break;
      }
      if (chosen != nullptr) break;
    }
  }
  // Rule 2: the highest stable version among the product's own tags (sub-package, retracted,
  // outlier and pre-release tags excluded; version order, not tag date, so a backport tagged
  // later never wins).
  if (chosen == nullptr && !stable.empty()) {
    chosen = &stable.front();
    why = "the highest stable version among the product's tags";
  }
  if (chosen == nullptr && !prerelease.empty()) {
    chosen = &prerelease.front();
    why = "only pre-release tags exist; the highest one";
  }
  Release& release = profile.release;
  if (chosen != nullptr) {
    release.version = chosen->version.version;
    release.tag = chosen->fact->value;
    release.status = ReleaseStatus::kReleased;
    release.date = chosen->fact->detail.substr(0, 10);
    release.provenance = TagSpan(*chosen->fact);
    if (manifest_version && VersionLess(chosen->version, *manifest_version)) {
      why += "; the manifest already says " + manifest_version->version + " (unreleased)";
    }
    release.why = why;
    AddChanges(input, profile);
    return;
  }
  // Rule 3: no tags, a work-in-progress manifest version (".dev0", "-SNAPSHOT") and a changelog
  // entry for a released version: that entry is the release.
  const core::Fact* entry = input.sheet->First(core::FactKind::kChangelogEntry);
  std::optional<VersionTag> entry_version;
  if (entry != nullptr && !IsStaleChangelogEntry(input, *entry)) {
    entry_version = ParseVersionTag(entry->value);
    if (entry_version && entry_version->numbers.empty()) entry_version.reset();
  }
  if (manifest_version && manifest_version->is_prerelease && entry_version &&
      !entry_version->is_prerelease && VersionLess(*entry_version, *manifest_version)) {
    release.version = entry_version->version;
    release.status = ReleaseStatus::kReleased;
    release.why = "no release tags; the changelog's newest released entry (the manifest's " +
                  manifest_version->version + " is work in progress)";
    release.provenance.path = entry->provenance.path;
    release.provenance.line_begin = entry->provenance.line_begin;
    release.provenance.line_end = entry->provenance.line_end;
    AddChanges(input, profile);
    return;
  }
  // Rule 4: no tags: the manifest version of a published package, unless it marks work in
  // progress (a private package's version is not a release).
  if (manifest_version && !manifest_version->numbers.empty() && !IsPrivate(input)) {
    const bool is_zero =
        std::all_of(manifest_version->numbers.begin(), manifest_version->numbers.end(),
                    [](long n) { return n == 0; });
    release.version = manifest_version->version;
    release.status = manifest_version->is_prerelease || is_zero ? ReleaseStatus::kUnreleased
                                                                : ReleaseStatus::kReleased;
    release.why = release.status == ReleaseStatus::kReleased
                      ? "no release tags; the manifest version"
                      : "no release tags; the manifest version marks work in progress";
    release.provenance.path = input.manifest->path;
    release.provenance.field = input.manifest->path + ":version";
    AddChanges(input, profile);
    return;
  }
  // Rule 5: a release announcement (pasted text): the version its title announces.
  if (input.readme_document != nullptr &&
      input.readme_document->kind == core::SourceKind::kUserText) {
    const std::string lower = LowerAscii(input.readme.title);
    auto v = ParseVersionTag(input.readme.title);
    if (v && !v->numbers.empty() && v->numbers.size() >= 2 &&
        ContainsAny(lower, {"is out", "released", "release", "available", "announcing", "v",
                            "what's new", "now"})) {
      release.version = v->version;
      release.status = v->is_prerelease ? ReleaseStatus::kUnreleased : ReleaseStatus::kReleased;
      release.why = "the version the announcement's title names";
      release.provenance.path = input.readme.path;
      release.provenance.line_begin = release.provenance.line_end = input.readme.title_line;
      AddChanges(input, profile);
      return;
    }
  }
  // Rule 6: no tags, no manifest version: the changelog's newest versioned entry (unless it is
  // years older than the last commit: an abandoned NEWS file does not name the release).
  if (entry_version) {
    release.version = entry_version->version;
    release.status = ReleaseStatus::kReleased;
    release.why = "no tags or manifest version; the changelog's newest entry";
    release.provenance.path = entry->provenance.path;
    release.provenance.line_begin = entry->provenance.line_begin;
    release.provenance.line_end = entry->provenance.line_end;
    AddChanges(input, profile);
    return;
  }
  release.status = ReleaseStatus::kNone;
  release.why = "no product tags, manifest version or changelog entry";
}

}  // namespace repopost::profile
