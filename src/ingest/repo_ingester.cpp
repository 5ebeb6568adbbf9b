#include "ingest/repo_ingester.h"

#include <algorithm>
#include <cctype>

#include "ingest/changelog.h"
#include "ingest/license_detector.h"
#include "ingest/manifest.h"
#include "ingest/manifest_facts.h"
#include "ingest/outline.h"
#include "ingest/readme_facts.h"
#include "ingest/secret_redaction.h"
#include "ingest/text_decoder.h"

namespace repopost::ingest {
namespace {

std::string FileName(const std::string& path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A README title names the project only when it looks like a name, not a sentence.
bool LooksLikeName(const std::string& title) {
  return !title.empty() && title.size() <= 40 && std::count(title.begin(), title.end(), ' ') <= 3;
}

// The first line of an example that says something: not blank, not a shebang, not an import,
// with comment markers stripped.
std::string FirstMeaningfulLine(const std::string& text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    std::size_t b = line.find_first_not_of(" \t\r/#*-!;\"'<>");
    if (b == std::string::npos) continue;
    line = line.substr(b);
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
    if (line.rfind("usr/bin", 0) == 0 || line.rfind("bin/", 0) == 0 ||
        line.rfind("include", 0) == 0 || line.rfind("import ", 0) == 0 ||
        line.rfind("package ", 0) == 0 || line.rfind("use ", 0) == 0 ||
        line.rfind("from ", 0) == 0 || line.rfind("require", 0) == 0 || line.rfind("-*-", 0) == 0 ||
        line.rfind("Copyright", 0) == 0 || line.rfind("SPDX", 0) == 0 || line.size() < 3) {
      continue;
    }
    return line.substr(0, 200);
  }
  return "";
}

// The `title:` of a YAML front matter block ("---" first line), as docs sites (.mdx) use; sets
// `line` to its line number.
std::string FrontMatterTitle(const std::string& text, int& line) {
  if (text.rfind("---", 0) != 0) return "";
  std::size_t start = text.find('\n');
  for (int n = 2; start != std::string::npos && n < 40; ++n) {
    const std::size_t end = text.find('\n', start + 1);
    std::string row =
        text.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
    if (row.rfind("---", 0) == 0) return "";
    if (row.rfind("title:", 0) == 0) {
      std::string title = row.substr(6);
      title.erase(0, title.find_first_not_of(" \t\"'"));
      while (!title.empty() && (title.back() == '"' || title.back() == '\'' ||
                                std::isspace(static_cast<unsigned char>(title.back())))) {
        title.pop_back();
      }
      line = n;
      return title;
    }
    start = end;
  }
  return "";
}

}  // namespace

RepoIngester::RepoIngester(const RepoReader& reader, const IngestOptions& options,
                           std::string source, std::string display_name)
    : reader_(reader), options_(options), display_name_(std::move(display_name)) {
  sheet_.source = std::move(source);
  sheet_.commit = reader_.CommitId();
}

core::FactSheet RepoIngester::Run() {
  roles_ = ClassifyFiles(reader_.Files());
  sheet_.warnings = reader_.Warnings();
  ReadManifests();
  const std::string title = ReadReadme();
  if (sheet_.First(core::FactKind::kProjectName) == nullptr) {
    if (LooksLikeName(title)) {
      core::Provenance p = FileProvenance(roles_.readme);
      sheet_.Add(core::FactKind::kProjectName, title, p, "README title");
    } else if (!display_name_.empty()) {
      core::Provenance p;
      p.field = "directory name";
      p.commit = sheet_.commit;
      sheet_.Add(core::FactKind::kProjectName, display_name_, p);
    }
  }
  ReadLicense();
  ReadChangelog();
  ReadDocs();
  ReadExamples();
  ReadLanguages();
  ReadHistory();
  return std::move(sheet_);
}

core::Provenance RepoIngester::FileProvenance(const std::string& path) const {
  core::Provenance p;
  p.path = path;
  p.commit = sheet_.commit;
  return p;
}

std::optional<std::string> RepoIngester::ReadText(const std::string& path) {
  if (HoldsCredentials(path)) return std::nullopt;
  if (bytes_read_ >= options_.max_total_bytes) {
    if (!has_warned_budget_) {
      sheet_.warnings.push_back("Stopped reading documents after " +
                                std::to_string(options_.max_total_bytes / 1024) + " KiB.");
      has_warned_budget_ = true;
    }
    return std::nullopt;
  }
  auto blob = reader_.Read(path, options_.max_file_bytes + 1);
  if (!blob) {
    sheet_.warnings.push_back(blob.error().message);
    return std::nullopt;
  }
  bytes_read_ += blob->bytes.size();
  return DecodeText(*blob, path, options_.max_file_bytes, sheet_.warnings);
}

void RepoIngester::AddDocument(core::SourceKind kind, const std::string& path, std::string text) {
  core::Document document;
  document.kind = kind;
  document.title = FileName(path);
  document.text = std::move(text);
  document.provenance = FileProvenance(path);
  document.provenance.line_begin = 1;
  sheet_.AddDocument(std::move(document));
}

std::string RepoIngester::ReadReadme() {
  if (roles_.readme.empty()) return "";
  auto text = ReadText(roles_.readme);
  if (!text) return "";
  const Outline outline = ParseOutline(*text, FormatForFileName(roles_.readme));
  const std::string title =
      AddReadmeFacts(outline, TextOrigin{FileProvenance(roles_.readme)}, sheet_);
  AddDocument(core::SourceKind::kReadme, roles_.readme, std::move(*text));
  return title;
}

void RepoIngester::ReadManifests() {
  bool named = false;
  for (const std::string& path : roles_.manifests) {
    auto text = ReadText(path);
    if (!text) continue;
    auto manifest = ParseManifest(path, *text);
    if (!manifest) {
      sheet_.warnings.push_back(manifest.error().message);
      continue;
    }
    const bool is_primary = !named && !manifest->name.empty();
    named = named || is_primary;
    AddManifestFacts(*manifest, FileProvenance(path), is_primary, sheet_);
    AddDocument(core::SourceKind::kManifest, path, std::move(*text));
  }
}

void RepoIngester::ReadLicense() {
  if (roles_.license.empty()) return;
  auto text = ReadText(roles_.license);
  if (!text) return;
  if (auto spdx = DetectLicense(*text)) {
    core::Provenance p = FileProvenance(roles_.license);
    p.line_begin = 1;
    p.line_end = static_cast<int>(std::count(text->begin(), text->end(), '\n'));
    sheet_.Add(core::FactKind::kLicense, *spdx, p, "detected from licence text");
  }
  AddDocument(core::SourceKind::kLicense, roles_.license, std::move(*text));
}

void RepoIngester::ReadChangelog() {
  if (roles_.changelog.empty()) return;
  auto text = ReadText(roles_.changelog);
  if (!text) return;
  const Outline outline = ParseOutline(*text, FormatForFileName(roles_.changelog));
  if (auto entry = LatestChangelogEntry(outline)) {
    core::Provenance p = FileProvenance(roles_.changelog);
    p.line_begin = entry->line_begin;
    p.line_end = entry->line_end;
    std::string items;
    for (const std::string& item : entry->items) items += (items.empty() ? "" : "\n") + item;
    sheet_.Add(core::FactKind::kChangelogEntry, entry->version, p, items);
  }
  AddDocument(core::SourceKind::kChangelog, roles_.changelog, std::move(*text));
}

void RepoIngester::ReadDocs() {
  for (const std::string& path : roles_.docs) {
    auto text = ReadText(path);
    if (!text) continue;
    const Outline outline = ParseOutline(*text, FormatForFileName(path));
    core::Provenance p = FileProvenance(path);
    std::string title = FrontMatterTitle(*text, p.line_begin);
    if (title.empty() && !outline.headings.empty()) {
      title = outline.headings.front().text;
      p.line_begin = outline.headings.front().line;
    }
    if (title.empty()) {
      title = FileName(path);
      p.line_begin = 1;
    }
    p.line_end = p.line_begin;
    sheet_.Add(core::FactKind::kDocsPage, title, p);
    AddDocument(core::SourceKind::kDocs, path, std::move(*text));
  }
}

void RepoIngester::ReadExamples() {
  for (const ExampleEntry& example : roles_.examples) {
    auto text = ReadText(example.source_path);
    std::string first_line = text ? FirstMeaningfulLine(*text) : "";
    core::Provenance p = FileProvenance(example.source_path);
    if (const std::size_t at = text ? text->find(first_line) : std::string::npos;
        !first_line.empty() && at != std::string::npos) {
      p.line_begin = p.line_end =
          1 +
          static_cast<int>(std::count(text->begin(), text->begin() + static_cast<long>(at), '\n'));
    }
    sheet_.Add(core::FactKind::kExample, example.name, p, first_line);
    if (text) AddDocument(core::SourceKind::kExamples, example.source_path, std::move(*text));
  }
}

}  // namespace repopost::ingest
