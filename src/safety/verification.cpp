#include "safety/verification.h"

#include "core/enum_table.h"
#include "safety/claim_checker.h"
#include "text/utf8.h"

namespace repopost::safety {
namespace {

constexpr core::EnumTable<Consistency, 2> kConsistency{{{
    {Consistency::kConsistent, "consistent"},
    {Consistency::kInconsistent, "inconsistent"},
}}};

bool IsBlank(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos;
}

}  // namespace

std::string_view ToString(Consistency value) { return kConsistency.Name(value); }
std::optional<Consistency> ParseConsistency(std::string_view text) {
  return kConsistency.Find(text);
}

bool LooksBinary(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 8192);
  if (head.find('\0') != std::string_view::npos) return true;
  if (text::IsValidUtf8(head)) return false;
  const std::string fixed = text::SanitizeUtf8(head);
  std::size_t replacements = 0;
  for (std::size_t pos = 0; (pos = fixed.find("\xEF\xBF\xBD", pos)) != std::string::npos;
       pos += 3) {
    ++replacements;
  }
  return replacements * 10 > head.size();  // over 10% bad bytes: not text
}

core::Result<SafetyReport> CheckPost(const core::FactSheet& sheet, std::string_view post,
                                     const CheckerOptions& options) {
  if (IsBlank(post)) return core::Fail(core::ErrorCode::kInput, "the post to check is empty");
  auto checker = ClaimChecker::Create(sheet, options);
  if (!checker) return tl::unexpected(checker.error());
  return checker->Check(post);
}

core::Result<VerifyReport> VerifyText(const std::vector<SourceText>& sources, std::string_view text,
                                      const CheckerOptions& options) {
  if (sources.empty())
    return core::Fail(core::ErrorCode::kUsage, "verify needs at least one source");
  if (IsBlank(text)) return core::Fail(core::ErrorCode::kInput, "the text to verify is empty");
  core::FactSheet sheet;
  sheet.source = "text";
  for (const SourceText& source : sources) {
    if (LooksBinary(source.text)) {
      return core::Fail(core::ErrorCode::kInput,
                        "source " + source.name + " is a binary file, not text");
    }
    if (IsBlank(source.text)) continue;
    core::Document doc;
    doc.kind = core::SourceKind::kUserText;
    doc.title = source.name;
    doc.text = text::SanitizeUtf8(source.text);
    doc.provenance.path = source.name;
    doc.provenance.line_begin = 1;
    sheet.AddDocument(std::move(doc));
  }
  if (sheet.documents.empty()) {
    return core::Fail(core::ErrorCode::kInput, "the sources contain no text to verify against");
  }
  auto checker = ClaimChecker::Create(sheet, options);
  if (!checker) return tl::unexpected(checker.error());
  VerifyReport out;
  out.report = checker->Check(text);
  const SafetyThresholds& t = options.thresholds;
  const bool consistent = out.report.CountVerdict(Verdict::kContradicted) <= t.max_contradicted &&
                          out.report.CountVerdict(Verdict::kUnsupported) <= t.max_unsupported &&
                          out.report.confidence >= t.min_confidence;
  out.consistency = consistent ? Consistency::kConsistent : Consistency::kInconsistent;
  return out;
}

}  // namespace repopost::safety
