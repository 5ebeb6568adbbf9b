#include "ingest/github/github_fact_sheet.h"

#include <cstdio>

#include "ingest/changelog.h"
#include "ingest/conventional_commit.h"
#include "ingest/outline.h"
#include "ingest/readme_facts.h"
#include "ingest/secret_redaction.h"

namespace repopost::ingest {
namespace {

class Builder {
 public:
  explicit Builder(const GitHubSnapshot& s)
      : s_(s), repo_url_(s.api_base + "/repos/" + s.ref.owner + "/" + s.ref.name) {}

  core::FactSheet Build() {
    sheet_.source = "https://github.com/" + s_.ref.owner + "/" + s_.ref.name;
    if (!s_.commits.empty()) sheet_.commit = s_.commits.front().sha;
    AddRepositoryFacts();
    AddLanguages();
    AddReadme();
    AddReleases();
    AddCommits();
    AddIssues(s_.issues, core::SourceKind::kIssues, "Open issues");
    AddIssues(s_.pulls, core::SourceKind::kPullRequests, "Open pull requests");
    sheet_.warnings = s_.warnings;
    return std::move(sheet_);
  }

 private:
  core::Provenance Api(const std::string& path, const std::string& field) const {
    core::Provenance p;
    p.url = repo_url_ + path;
    p.field = field;
    return p;
  }

  void AddIf(core::FactKind kind, const std::string& value, const core::Provenance& p,
             const std::string& detail = {}) {
    if (!value.empty()) sheet_.Add(kind, value, p, detail);
  }

  void AddRepositoryFacts() {
    const GitHubRepoInfo& info = s_.info;
    sheet_.Add(core::FactKind::kProjectName, s_.ref.name, Api("", "github:name"));
    AddIf(core::FactKind::kDescription, info.description, Api("", "github:description"));
    AddIf(core::FactKind::kHomepage, info.homepage, Api("", "github:homepage"));
    AddIf(core::FactKind::kRepositoryUrl, info.html_url, Api("", "github:html_url"));
    AddIf(core::FactKind::kLicense, info.license_spdx, Api("", "github:license.spdx_id"));
    for (const std::string& topic : info.topics)
      sheet_.Add(core::FactKind::kTopic, topic, Api("", "github:topics"));
    sheet_.Add(core::FactKind::kStarCount, std::to_string(info.stars),
               Api("", "github:stargazers_count"));
    sheet_.Add(core::FactKind::kForkCount, std::to_string(info.forks),
               Api("", "github:forks_count"));
    if (info.archived)
      sheet_.Add(core::FactKind::kProperty, "archived", Api("", "github:archived"));
    if (s_.contributor_count > 0) {
      sheet_.Add(core::FactKind::kAuthorCount, std::to_string(s_.contributor_count),
                 Api("/contributors", "github:contributors"));
    }
    if (info.created_at.size() >= 10) {
      sheet_.Add(core::FactKind::kFirstCommit, info.created_at.substr(0, 10),
                 Api("", "github:created_at"), "repository created");
    }
  }

  void AddLanguages() {
    long long total = 0;
    for (const auto& [name, bytes] : s_.languages) total += bytes;
    if (total <= 0) return;
    for (const auto& [name, bytes] : s_.languages) {
      const double share = static_cast<double>(bytes) / static_cast<double>(total);
      if (share < 0.02) break;
      char percent[16];
      std::snprintf(percent, sizeof(percent), "%.1f%%", share * 100.0);
      sheet_.Add(core::FactKind::kLanguage, name, Api("/languages", "github:languages"), percent);
    }
  }

  void AddReadme() {
    if (s_.readme_text.empty()) return;
    core::Provenance base = Api("/readme", "");
    base.path = s_.readme_path;
    base.line_begin = 1;
    const Outline outline = ParseOutline(s_.readme_text, FormatForFileName(s_.readme_path));
    AddReadmeFacts(outline, TextOrigin{base}, sheet_);
    core::Document doc;
    doc.kind = core::SourceKind::kReadme;
    doc.title = s_.readme_path;
    doc.text = s_.readme_text;
    doc.provenance = base;
    sheet_.AddDocument(std::move(doc));
  }

  void AddReleases() {
    if (s_.releases.empty()) return;
    std::string text;
    for (std::size_t i = 0; i < s_.releases.size(); ++i) {
      const GitHubRelease& r = s_.releases[i];
      if (i == 0) {
        core::Provenance p = Api("/releases", "github:releases[0]");
        p.tag = r.tag;
        const std::string date = r.published_at.substr(0, 10);
        sheet_.Add(core::FactKind::kLatestTag, r.tag, p, date);
        std::string items;
        for (const OutlineList& list : ParseMarkdown(r.body).lists) {
          for (const OutlineListItem& item : list.items)
            items += (items.empty() ? "" : "\n") + item.text;
        }
        std::string version = r.tag;
        if (!version.empty() && (version[0] == 'v' || version[0] == 'V')) version.erase(0, 1);
        if (!items.empty()) sheet_.Add(core::FactKind::kChangelogEntry, version, p, items);
      }
      const std::string heading = "## " + (r.name.empty() ? r.tag : r.name) + " (" + r.tag + ", " +
                                  r.published_at.substr(0, 10) + ")\n\n";
      text += heading + r.body + "\n\n";
    }
    core::Document doc;
    doc.kind = core::SourceKind::kReleases;
    doc.title = "Releases";
    doc.text = std::move(text);
    doc.provenance = Api("/releases", "github:releases");
    doc.provenance.line_begin = 1;
    sheet_.AddDocument(std::move(doc));
  }

  void AddCommits() {
    if (s_.commits.empty()) return;
    std::string log;
    int line = 0;
    for (const GitHubCommit& c : s_.commits) {
      ++line;
      const std::string subject = c.message.substr(0, c.message.find('\n'));
      core::Provenance p = Api("/commits", "github:commits");
      p.commit = c.sha;
      p.line_begin = p.line_end = line;
      if (line <= 20)
        sheet_.Add(core::FactKind::kRecentCommit, subject, p, ConventionalCommitType(subject));
      log += c.sha.substr(0, 7) + " " + c.date.substr(0, 10) + " " + subject + "\n";
    }
    if (s_.commits.front().date.size() >= 10) {
      core::Provenance p = Api("/commits", "github:commits[0].commit.author.date");
      p.commit = s_.commits.front().sha;
      sheet_.Add(core::FactKind::kLastCommitDate, s_.commits.front().date.substr(0, 10), p);
    }
    core::Document doc;
    doc.kind = core::SourceKind::kCommits;
    doc.title = "Recent commits";
    doc.text = std::move(log);
    doc.provenance = Api("/commits", "github:commits");
    doc.provenance.line_begin = 1;
    sheet_.AddDocument(std::move(doc));
  }

  void AddIssues(const std::vector<GitHubIssue>& issues, core::SourceKind kind, const char* title) {
    for (const GitHubIssue& issue : issues) {
      core::Provenance p;
      p.url = issue.api_url.empty() ? issue.url : issue.api_url;
      p.field = kind == core::SourceKind::kIssues ? "github:issue" : "github:pull";
      if (kind == core::SourceKind::kIssues) {
        sheet_.Add(core::FactKind::kOpenIssue, issue.title, p, "#" + std::to_string(issue.number));
      }
      core::Document doc;
      doc.kind = kind;
      doc.title = std::string(title) + ": #" + std::to_string(issue.number) + " " + issue.title;
      doc.text = "# " + issue.title + "\n\n" + issue.body.substr(0, 16 * 1024);
      doc.provenance = p;
      doc.provenance.line_begin = 1;
      sheet_.AddDocument(std::move(doc));
    }
  }

  const GitHubSnapshot& s_;
  std::string repo_url_;
  core::FactSheet sheet_;
};

}  // namespace

core::FactSheet GitHubFactSheet(const GitHubSnapshot& snapshot, const SecretInspector& inspect) {
  core::FactSheet sheet = Builder(snapshot).Build();
  RedactSecrets(sheet, inspect);
  return sheet;
}

}  // namespace repopost::ingest
