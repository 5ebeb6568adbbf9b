// IngestPath and IngestText: the stage's entry points (contract in ingest.h).
#include "ingest/ingest.h"

#include <filesystem>

#include "ingest/git_repo_reader.h"
#include "ingest/outline.h"
#include "ingest/readme_facts.h"
#include "ingest/repo_ingester.h"
#include "ingest/repo_reader.h"
#include "ingest/secret_redaction.h"
#include "text/utf8.h"

namespace repopost::ingest {
namespace {

// The directory's own name: "/src/fzf/" -> "fzf", "/srv/fzf.git" -> "fzf".
std::string DisplayName(const std::string& path) {
  std::filesystem::path p = std::filesystem::weakly_canonical(path);
  std::string name = p.filename().string();
  if (name.empty()) name = p.parent_path().filename().string();
  if (name.size() > 4 && name.compare(name.size() - 4, 4, ".git") == 0)
    name.resize(name.size() - 4);
  return name;
}

}  // namespace

core::Result<core::FactSheet> IngestPath(const std::string& path, const IngestOptions& options) {
  auto reader = OpenRepoReader(path);
  if (!reader) return tl::unexpected(reader.error());
  RepoIngester ingester(**reader, options, path, DisplayName(path));
  core::FactSheet sheet = ingester.Run();
  if (sheet.commit.empty() && ProbeGitRepository(path) == GitProbe::kEmpty) {
    sheet.warnings.insert(sheet.warnings.begin(),
                          "The repository has no commits yet; files were read from the work tree.");
  }
  RedactSecrets(sheet, options.inspect_secrets);
  return sheet;
}

core::Result<core::FactSheet> IngestText(std::string_view text, const std::string& name,
                                         const IngestOptions& options) {
  core::FactSheet sheet;
  sheet.source = name.empty() ? "text" : name;
  std::string clean = text::IsValidUtf8(text) ? std::string(text) : text::SanitizeUtf8(text);
  if (clean.size() != text.size() || clean != text) {
    sheet.warnings.push_back("The text is not valid UTF-8; invalid bytes were replaced.");
  }
  if (clean.size() > options.max_file_bytes) {
    clean = std::string(text::TruncateUtf8(clean, options.max_file_bytes));
    sheet.warnings.push_back("The text is larger than " +
                             std::to_string(options.max_file_bytes / 1024) +
                             " KiB and was truncated.");
  }
  if (clean.find_first_not_of(" \t\r\n") == std::string::npos) {
    return core::Fail(core::ErrorCode::kInput, "The text is empty.");
  }
  const TextFormat format =
      name.empty() || name == "-" ? TextFormat::kMarkdown
      : FormatForFileName(name) == TextFormat::kPlainText && name.find('.') == std::string::npos
          ? TextFormat::kMarkdown
          : FormatForFileName(name);
  core::Provenance origin;
  origin.path = sheet.source;
  const Outline outline = ParseOutline(clean, format);
  const std::string title = AddReadmeFacts(outline, TextOrigin{origin}, sheet);
  if (!title.empty() && title.size() <= 40 && std::count(title.begin(), title.end(), ' ') <= 3) {
    core::Provenance p = origin;
    for (const OutlineHeading& heading : outline.headings) {
      if (heading.text == title) p.line_begin = p.line_end = heading.line;
    }
    sheet.Add(core::FactKind::kProjectName, title, p, "title");
  }
  core::Document document;
  document.kind = core::SourceKind::kUserText;
  document.title = sheet.source;
  document.text = std::move(clean);
  document.provenance = origin;
  document.provenance.line_begin = 1;
  sheet.AddDocument(std::move(document));
  RedactSecrets(sheet, options.inspect_secrets);
  return sheet;
}

}  // namespace repopost::ingest
