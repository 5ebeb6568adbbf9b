#include "repo_docs_sheet.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "text/utf8.h"

namespace repopost::bench {
namespace {

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return text::SanitizeUtf8(ss.str());
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  std::string line;
  while (std::getline(ss, line)) out.push_back(line);
  return out;
}

std::string Trim(std::string s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  return s.substr(i);
}

bool IsProse(const std::string& line) {
  if (line.empty() || line[0] == '#' || line[0] == '<' || line[0] == '|' || line[0] == '!' ||
      line[0] == '[' || line[0] == '`' || line[0] == '>') {
    return false;
  }
  const int letters = static_cast<int>(std::count_if(line.begin(), line.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c));
  }));
  return letters > 20 && line.find("](") == std::string::npos;
}

core::SourceKind KindOf(const std::string& name) {
  std::string lower = name;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower.starts_with("readme")) return core::SourceKind::kReadme;
  if (lower.starts_with("changelog") || lower == "news") return core::SourceKind::kChangelog;
  if (lower.starts_with("license")) return core::SourceKind::kLicense;
  return core::SourceKind::kManifest;
}

std::string LanguageOf(const std::string& path) {
  static const std::map<std::string, std::string> kExt{
      {".go", "Go"},       {".py", "Python"},    {".js", "JavaScript"}, {".ts", "TypeScript"},
      {".c", "C"},         {".h", "C"},          {".cc", "C++"},        {".cpp", "C++"},
      {".hpp", "C++"},     {".rs", "Rust"},      {".java", "Java"},     {".rb", "Ruby"},
      {".swift", "Swift"}, {".m", "Objective-C"}};
  const auto dot = path.rfind('.');
  if (dot == std::string::npos) return {};
  const auto it = kExt.find(path.substr(dot));
  return it == kExt.end() ? std::string() : it->second;
}

void AddReadmeFacts(core::FactSheet& sheet, const std::string& readme) {
  core::Provenance prov;
  prov.path = "README.md";
  const std::vector<std::string> lines = Lines(readme);
  bool description = false;
  bool in_code = false;
  bool in_features = false;
  int features = 0;
  int benchmarks = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string line = Trim(lines[i]);
    prov.line_begin = prov.line_end = static_cast<int>(i) + 1;
    if (line.starts_with("```")) {
      in_code = !in_code;
      continue;
    }
    if (in_code) {
      if ((line.find("install") != std::string::npos || line.starts_with("pip ") ||
           line.starts_with("go get")) &&
          sheet.First(core::FactKind::kInstallCommand) == nullptr && line.size() < 120) {
        sheet.Add(core::FactKind::kInstallCommand, line, prov, "sh");
      }
      continue;
    }
    if (line.starts_with("#")) {
      std::string lower = line;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      in_features = lower.find("feature") != std::string::npos ||
                    lower.find("highlight") != std::string::npos ||
                    lower.find("why") != std::string::npos;
      continue;
    }
    if ((line.starts_with("- ") || line.starts_with("* ")) && in_features && features < 6) {
      const std::string item = Trim(line.substr(2));
      if (IsProse(item) || item.size() > 12) {
        sheet.Add(core::FactKind::kFeature, item, prov);
        ++features;
      }
      continue;
    }
    if (!IsProse(line)) continue;
    if (!description) {
      std::string first = line;
      const auto stop = first.find(". ");
      if (stop != std::string::npos) first = first.substr(0, stop + 1);
      sheet.Add(core::FactKind::kDescription, first, prov);
      sheet.Add(core::FactKind::kSummary, line, prov);
      description = true;
      continue;
    }
    if (benchmarks < 3 && std::any_of(line.begin(), line.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        })) {
      sheet.Add(core::FactKind::kBenchmark, line, prov);
      ++benchmarks;
    }
  }
}

}  // namespace

core::Result<core::FactSheet> RepoDocsSheet(const std::filesystem::path& dir) {
  if (!std::filesystem::is_directory(dir)) {
    return core::Fail(core::ErrorCode::kInput, "not a directory: " + dir.string());
  }
  core::FactSheet sheet;
  sheet.source = dir.string();
  core::Provenance meta;
  meta.field = "repo-docs";
  sheet.Add(core::FactKind::kProjectName, dir.filename().string(), meta);
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    const std::string name = path.filename().string();
    if (name.ends_with(".tsv")) continue;
    core::Document doc;
    doc.kind = KindOf(name);
    doc.title = name;
    doc.text = ReadFile(path);
    doc.provenance.path = name;
    doc.provenance.line_begin = 1;
    if (name == "README.md") AddReadmeFacts(sheet, doc.text);
    if (doc.kind == core::SourceKind::kLicense) {
      core::Provenance p;
      p.path = name;
      const std::string head = doc.text.substr(0, 400);
      if (head.find("MIT") != std::string::npos)
        sheet.Add(core::FactKind::kLicense, "MIT", p);
      else if (head.find("Apache") != std::string::npos)
        sheet.Add(core::FactKind::kLicense, "Apache-2.0", p);
      else if (head.find("BSD") != std::string::npos)
        sheet.Add(core::FactKind::kLicense, "BSD-3-Clause", p);
    }
    sheet.AddDocument(std::move(doc));
  }
  const std::vector<std::string> log = Lines(ReadFile(dir / "git-log.tsv"));
  if (!log.empty()) {
    core::Provenance git;
    git.field = "git:history";
    sheet.Add(core::FactKind::kCommitCount, std::to_string(log.size()), git);
    const std::string last = log.back();
    const auto tab1 = last.find('\t');
    const auto tab3 = last.rfind('\t');
    if (tab1 != std::string::npos) {
      sheet.Add(core::FactKind::kFirstCommit, last.substr(tab1 + 1, 10), git,
                tab3 != std::string::npos ? last.substr(tab3 + 1) : "");
    }
  }
  const std::vector<std::string> tree = Lines(ReadFile(dir / "tree.tsv"));
  if (!tree.empty()) {
    core::Provenance t;
    t.field = "git:tree";
    sheet.Add(core::FactKind::kFileCount, std::to_string(tree.size()), t);
    std::map<std::string, double> bytes;
    double total = 0;
    for (const std::string& row : tree) {
      const auto tab = row.find('\t');
      if (tab == std::string::npos) continue;
      const double size = std::atof(row.substr(0, tab).c_str());
      const std::string lang = LanguageOf(row.substr(tab + 1));
      if (lang.empty()) continue;
      bytes[lang] += size;
      total += size;
    }
    std::vector<std::pair<double, std::string>> ranked;
    for (const auto& [lang, b] : bytes) ranked.push_back({b, lang});
    std::sort(ranked.rbegin(), ranked.rend());
    for (std::size_t i = 0; i < ranked.size() && i < 2 && total > 0; ++i) {
      char share[16];
      std::snprintf(share, sizeof share, "%.1f%%", 100.0 * ranked[i].first / total);
      sheet.Add(core::FactKind::kLanguage, ranked[i].second, t, share);
    }
  }
  return sheet;
}

}  // namespace repopost::bench
