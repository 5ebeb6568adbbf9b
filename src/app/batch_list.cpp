#include "app/batch_list.h"

#include <optional>
#include <system_error>

namespace repopost::app {
namespace {

constexpr std::string_view kBlank = " \t\r\n\v\f";

std::string_view Trim(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(kBlank);
  if (begin == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(kBlank);
  return text.substr(begin, end - begin + 1);
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> columns;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    columns.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return columns;
    start = tab + 1;
  }
}

bool HasControlCharacter(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return true;
  }
  return false;
}

// Parses `column` with `parse` unless it is empty (then `fallback`).
template <typename E, typename ParseFn>
core::Result<E> ParseColumn(std::string_view column, E fallback, ParseFn parse,
                            std::string_view what, const std::string& choices) {
  const std::string_view text = Trim(column);
  if (text.empty()) return fallback;
  const std::optional<E> value = parse(text);
  if (!value) {
    return core::Fail(core::ErrorCode::kInput, "unknown " + std::string(what) + " '" +
                                                   std::string(text) + "'; expected " + choices);
  }
  return *value;
}

std::string ResolveSource(std::string_view source, const std::filesystem::path& base_dir) {
  std::string text(source);
  if (base_dir.empty()) return text;
  const std::filesystem::path path(text);
  if (path.is_absolute()) return text;
  std::error_code ec;
  const std::filesystem::path candidate = base_dir / path;
  if (!std::filesystem::exists(candidate, ec)) return text;
  return std::filesystem::absolute(candidate, ec).lexically_normal().string();
}

}  // namespace

core::Result<BatchItemSpec> ParseBatchLine(std::string_view line, const BatchListOptions& options) {
  if (line.size() > kMaxBatchLineBytes) {
    return core::Fail(core::ErrorCode::kTooLarge,
                      "the line is longer than " + std::to_string(kMaxBatchLineBytes) + " bytes");
  }
  const std::vector<std::string_view> columns = SplitTabs(line);
  if (columns.size() > 4) {
    return core::Fail(
        core::ErrorCode::kInput,
        "too many tab-separated columns; expected source<TAB>style<TAB>tone<TAB>hook");
  }
  BatchItemSpec spec;
  const std::string_view source = Trim(columns[0]);
  if (source.empty()) return core::Fail(core::ErrorCode::kInput, "the source column is empty");
  if (HasControlCharacter(source)) {
    return core::Fail(core::ErrorCode::kInput, "the source contains a control character");
  }
  spec.source = ResolveSource(source, options.base_dir);
  const std::string_view none;
  auto style = ParseColumn(columns.size() > 1 ? columns[1] : none, options.defaults.style,
                           generate::ParseStyle, "style", generate::StyleChoices());
  if (!style) return tl::unexpected(style.error());
  auto tone = ParseColumn(columns.size() > 2 ? columns[2] : none, options.defaults.tone,
                          generate::ParseTone, "tone", generate::ToneChoices());
  if (!tone) return tl::unexpected(tone.error());
  auto hook = ParseColumn(columns.size() > 3 ? columns[3] : none, options.defaults.hook,
                          generate::ParseHookType, "hook", generate::HookTypeChoices());
  if (!hook) return tl::unexpected(hook.error());
  spec.style = *style;
  spec.tone = *tone;
  spec.hook = *hook;
  return spec;
}

core::Result<std::vector<BatchItemSpec>> ParseBatchList(std::string_view text,
                                                        const BatchListOptions& options) {
  std::vector<BatchItemSpec> items;
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t newline = text.find('\n', start);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);  // BOM
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string_view content = Trim(line);
    if (content.empty() || content.front() == '#') continue;
    if (items.size() == kMaxBatchItems) {
      return core::Fail(core::ErrorCode::kTooLarge,
                        "the list has more than " + std::to_string(kMaxBatchItems) + " sources");
    }
    auto spec = ParseBatchLine(line, options);
    if (!spec) {
      return core::Fail(spec.error().code,
                        "line " + std::to_string(line_number) + ": " + spec.error().message);
    }
    items.push_back(std::move(*spec));
  }
  if (items.empty()) {
    return core::Fail(core::ErrorCode::kInput,
                      "the list names no sources (one path or URL per line; # starts a comment)");
  }
  return items;
}

std::string FormatBatchLine(const BatchItemSpec& spec) {
  std::string line = spec.source;
  for (const std::string_view column :
       {generate::ToString(spec.style), generate::ToString(spec.tone),
        generate::ToString(spec.hook)}) {
    line += '\t';
    line += column;
  }
  return line;
}

}  // namespace repopost::app
