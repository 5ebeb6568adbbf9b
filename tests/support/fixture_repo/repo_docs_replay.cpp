// FromRepoDocs: turns a ../shared/data/repo-docs/<name> folder (real top-level files plus
// git-log.tsv and tree.tsv) into a git repository with the same paths and commit subjects.
#include <algorithm>
#include <cctype>
#include <ctime>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "fixture_repo/fixture_repo.h"

namespace repopost::testing {
namespace {

struct LoggedCommit {
  long long epoch = 0;
  int offset_minutes = 0;
  std::string author;
  std::string subject;
};

std::string ReadAll(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

// "2026-08-21T13:28:14+09:00" -> epoch seconds and offset minutes.
bool ParseIsoDate(const std::string& text, LoggedCommit& commit) {
  std::tm tm{};
  int offset_h = 0, offset_m = 0;
  char sign = '+';
  if (std::sscanf(text.c_str(), "%d-%d-%dT%d:%d:%d%c%d:%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                  &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &sign, &offset_h, &offset_m) < 6) {
    return false;
  }
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  commit.offset_minutes = (sign == '-' ? -1 : 1) * (offset_h * 60 + offset_m);
  if (sign == 'Z') commit.offset_minutes = 0;
  commit.epoch = static_cast<long long>(timegm(&tm)) - commit.offset_minutes * 60LL;
  return true;
}

std::string EmailFor(const std::string& author) {
  std::string local;
  for (char c : author) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      local += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!local.empty() && local.back() != '.') {
      local += '.';
    }
  }
  while (!local.empty() && local.back() == '.') local.pop_back();
  return (local.empty() ? "unknown" : local) + "@example.com";
}

std::string Placeholder(const std::string& path, std::size_t bytes) {
  const std::string line = "// repo-docs placeholder line for " + path + "\n";
  std::string out;
  out.reserve(bytes + line.size());
  while (out.size() + line.size() <= bytes) out += line;
  return out;
}

}  // namespace

FixtureRepo FromRepoDocs(const std::filesystem::path& dir, std::size_t max_placeholder_bytes) {
  if (!std::filesystem::is_directory(dir)) {
    throw std::runtime_error("fixture_repo: not a repo-docs folder: " + dir.string());
  }
  std::string name = dir.lexically_normal().filename().string();
  if (name.empty()) name = dir.lexically_normal().parent_path().filename().string();
  FixtureRepo repo = FixtureRepo::Create(false, name.empty() ? "repo" : name);
  repo.BeginBulk();
  std::set<std::string> written;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name == "git-log.tsv" || name == "tree.tsv") continue;
    repo.Write(name, ReadAll(entry.path()));
    written.insert(name);
  }
  std::istringstream tree(ReadAll(dir / "tree.tsv"));
  for (std::string line; std::getline(tree, line);) {
    std::vector<std::string> cols = SplitTabs(line);
    if (cols.size() < 2 || cols[1].empty() || written.count(cols[1]) > 0) continue;
    std::size_t size = std::strtoull(cols[0].c_str(), nullptr, 10);
    repo.Write(cols[1], Placeholder(cols[1], std::min(size, max_placeholder_bytes)));
    written.insert(cols[1]);
  }
  std::vector<LoggedCommit> commits;
  std::istringstream log(ReadAll(dir / "git-log.tsv"));
  for (std::string line; std::getline(log, line);) {
    std::vector<std::string> cols = SplitTabs(line);
    LoggedCommit commit;
    if (cols.size() < 4 || !ParseIsoDate(cols[1], commit)) continue;
    commit.author = cols[2];
    commit.subject = cols[3];
    commits.push_back(std::move(commit));
  }
  std::reverse(commits.begin(), commits.end());  // git-log.tsv is newest first
  if (commits.empty()) commits.push_back({1700000000, 0, "Ada Lovelace", "Initial commit"});
  for (const LoggedCommit& commit : commits) {
    repo.Commit(commit.subject, commit.author, EmailFor(commit.author), commit.epoch,
                commit.offset_minutes);
  }
  repo.EndBulk();
  return repo;
}

}  // namespace repopost::testing
