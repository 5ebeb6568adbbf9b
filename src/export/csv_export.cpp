#include "export/csv_export.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cctype>

#include "export/csv_writer.h"
#include "text/utf8.h"

namespace repopost::exports {
namespace {

int Digits(std::string_view s, std::size_t at, std::size_t n) {
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

bool IsBufferPostingTime(std::string_view t) {
  if (t.size() != 16 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':') return false;
  const int year = Digits(t, 0, 4), month = Digits(t, 5, 2), day = Digits(t, 8, 2);
  const int hour = Digits(t, 11, 2), minute = Digits(t, 14, 2);
  return year >= 1970 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 &&
         hour <= 23 && minute >= 0 && minute <= 59;
}

core::Result<std::string> RenderBufferCsv(const std::vector<ExportInput>& posts) {
  CsvWriter w;
  w.Add({"Text", "Image URL", "Tags", "Posting Time"});
  for (const ExportInput& p : posts) {
    if (!p.posting_time.empty() && !IsBufferPostingTime(p.posting_time)) {
      return core::Fail(
          core::ErrorCode::kInput,
          fmt::format("Posting time \"{}\" is not YYYY-MM-DD HH:mm.", p.posting_time));
    }
    w.Add({text::SanitizeUtf8(p.text), p.image_url, fmt::format("{}", fmt::join(p.tags, ", ")),
           p.posting_time});
  }
  return w.Text();
}

std::string RenderBatchCsv(const std::vector<ExportInput>& posts) {
  CsvWriter w;
  w.Add({"id", "created_at", "source", "style", "tone", "hook_type", "hook", "text", "hashtags",
         "caption", "quality", "safety_confidence"});
  for (const ExportInput& p : posts) {
    w.Add({p.id, p.created_at, p.source, p.style, p.tone, p.hook_type, p.HookLine(),
           text::SanitizeUtf8(p.text), fmt::format("{}", fmt::join(p.hashtags, " ")),
           text::SanitizeUtf8(p.caption), p.quality ? fmt::format("{:.1f}", *p.quality) : "",
           p.safety_confidence ? fmt::format("{:.2f}", *p.safety_confidence) : ""});
  }
  return w.Text();
}

}  // namespace repopost::exports
