// RepoIngester, second half: facts about the whole tree (languages, file and line counts) and the
// commit history, plus the recent-commits document.
#include <algorithm>
#include <cstdio>

#include "core/clock.h"
#include "ingest/conventional_commit.h"
#include "ingest/language_stats.h"
#include "ingest/repo_ingester.h"
#include "ingest/secret_redaction.h"
#include "ingest/text_decoder.h"

namespace repopost::ingest {
namespace {

constexpr std::size_t kMaxLanguages = 8;
constexpr double kMinLanguageShare = 0.01;
constexpr std::size_t kMaxTagFacts = 400;

std::string Percent(double share) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f%%", share * 100.0);
  return buffer;
}

}  // namespace

void RepoIngester::ReadLanguages() {
  const std::vector<TreeFile>& files = reader_.Files();
  core::Provenance tree;
  tree.field = sheet_.commit.empty() ? "filesystem:tree" : "git:tree";
  tree.commit = sheet_.commit;
  sheet_.Add(core::FactKind::kFileCount, std::to_string(files.size()), tree);
  const std::vector<LanguageShare> shares = ComputeLanguageShares(files);
  for (std::size_t i = 0; i < shares.size() && i < kMaxLanguages; ++i) {
    if (shares[i].share < kMinLanguageShare) break;
    sheet_.Add(core::FactKind::kLanguage, shares[i].language, tree, Percent(shares[i].share));
  }
  if (shares.empty()) return;
  // Lines of the main language, counted only when every such file fits the byte budget, so the
  // number is exact or absent.
  const std::string& main = shares.front().language;
  if (shares.front().bytes > options_.max_total_bytes) {
    sheet_.warnings.push_back("Lines of " + main + " were not counted: the sources exceed " +
                              std::to_string(options_.max_total_bytes / 1024) + " KiB.");
    return;
  }
  std::size_t lines = 0;
  for (const TreeFile& file : files) {
    auto language = LanguageOf(file.path);
    if (!language || *language != main || HoldsCredentials(file.path)) continue;
    auto blob = reader_.Read(file.path, file.size_bytes + 1);
    if (!blob || LooksBinary(blob->bytes)) continue;
    const std::string& bytes = blob->bytes;
    lines += static_cast<std::size_t>(std::count(bytes.begin(), bytes.end(), '\n'));
    if (!bytes.empty() && bytes.back() != '\n') ++lines;
  }
  sheet_.Add(core::FactKind::kLineCount, std::to_string(lines), tree, main);
}

void RepoIngester::ReadHistory() {
  std::optional<History> history =
      reader_.ReadHistory(options_.max_commits, options_.recent_commit_count);
  if (!history) return;
  for (std::string& warning : history->warnings) sheet_.warnings.push_back(std::move(warning));
  if (history->commit_count == 0) return;
  core::Provenance git;
  git.field = "git:history";
  git.commit = sheet_.commit;
  sheet_.Add(core::FactKind::kCommitCount, std::to_string(history->commit_count), git,
             history->is_count_partial ? "at least" : "");
  core::Provenance first = git;
  first.commit = history->first.id;
  sheet_.Add(core::FactKind::kFirstCommit, core::FormatIsoDate(history->first.epoch_seconds), first,
             history->first.subject);
  core::Provenance last = git;
  last.commit = history->last.id;
  sheet_.Add(core::FactKind::kLastCommitDate, core::FormatIsoDate(history->last.epoch_seconds),
             last);
  sheet_.Add(core::FactKind::kAuthorCount, std::to_string(history->author_count), git);
  if (!history->latest_tag.empty()) {
    core::Provenance tag = git;
    tag.field.clear();
    tag.tag = history->latest_tag;
    tag.commit = history->latest_tag_commit;
    sheet_.Add(core::FactKind::kLatestTag, history->latest_tag, tag,
               core::FormatIsoDate(history->latest_tag_epoch_seconds));
    sheet_.Add(core::FactKind::kCommitsSinceTag, std::to_string(history->commits_since_tag), tag);
  }
  // Every tag, newest first, for the profile's release selector (which filters sub-package,
  // backport and pre-release tags); capped so a repository with thousands of tags stays cheap.
  std::size_t tags_added = 0;
  for (const TagRef& ref : history->tags) {
    if (tags_added++ >= kMaxTagFacts) break;
    core::Provenance p;
    p.field = ref.is_reachable ? "git:tag" : "git:tag-unreachable";
    p.tag = ref.name;
    p.commit = ref.commit;
    sheet_.Add(core::FactKind::kTag, ref.name, p, core::FormatIsoDate(ref.epoch_seconds));
  }
  std::string log;
  int line = 0;
  for (const CommitSummary& commit : history->recent) {
    ++line;
    core::Provenance p;
    p.field = "git:log";
    p.commit = commit.id;
    p.line_begin = p.line_end = line;
    sheet_.Add(core::FactKind::kRecentCommit, commit.subject, p,
               ConventionalCommitType(commit.subject));
    log += commit.id.substr(0, 7) + " " + core::FormatIsoDate(commit.epoch_seconds) + " " +
           commit.subject + "\n";
  }
  core::Document document;
  document.kind = core::SourceKind::kCommits;
  document.title = "Recent commits";
  document.text = std::move(log);
  document.provenance = git;
  document.provenance.line_begin = 1;
  sheet_.AddDocument(std::move(document));
}

}  // namespace repopost::ingest
