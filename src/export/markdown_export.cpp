#include "export/markdown_export.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include "export/post_lines.h"
#include "text/utf8.h"

namespace repopost::exports {
namespace {

// A YAML double-quoted scalar; JSON string syntax is a subset of it.
std::string Quoted(std::string_view s) { return nlohmann::json(std::string(s)).dump(); }

void AddString(std::string& out, std::string_view key, std::string_view value) {
  if (!value.empty()) out += fmt::format("{}: {}\n", key, Quoted(value));
}

std::string FrontMatter(const ExportInput& in) {
  std::string out = "---\n";
  AddString(out, "id", in.id);
  AddString(out, "title", in.HookLine());
  AddString(out, "source", in.source);
  AddString(out, "style", in.style);
  AddString(out, "tone", in.tone);
  AddString(out, "hook_type", in.hook_type);
  AddString(out, "created_at", in.created_at);
  if (in.quality) out += fmt::format("quality: {:.1f}\n", *in.quality);
  if (in.safety_confidence)
    out += fmt::format("safety_confidence: {:.2f}\n", *in.safety_confidence);
  if (!in.hashtags.empty()) {
    out += "hashtags:\n";
    for (const std::string& tag : in.hashtags) out += "  - " + Quoted(tag) + "\n";
  }
  out += "---\n";
  return out;
}

}  // namespace

std::string RenderMarkdown(const ExportInput& input) {
  std::string out = FrontMatter(input) + "\n";
  const auto paragraphs = SplitPostLines(text::SanitizeUtf8(input.text));
  for (std::size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) out += "\n";
    for (std::size_t l = 0; l < paragraphs[p].size(); ++l) {
      const PostLine& line = paragraphs[p][l];
      out += line.is_bullet ? "- " + line.text : line.text;
      // A hard line break keeps LinkedIn's line structure; list items need none.
      const bool last = l + 1 == paragraphs[p].size();
      const bool next_is_bullet = !last && paragraphs[p][l + 1].is_bullet;
      out += (last || line.is_bullet || next_is_bullet) ? "\n" : "\\\n";
    }
  }
  if (!input.caption.empty()) out += "\n## Caption\n\n" + text::SanitizeUtf8(input.caption) + "\n";
  return out;
}

std::string RenderNotionMarkdown(const ExportInput& input) {
  std::string out = "# " + text::SanitizeUtf8(input.HookLine()) + "\n";
  const auto paragraphs = SplitPostLines(text::SanitizeUtf8(input.text));
  bool skipped_hook = false;
  for (const auto& paragraph : paragraphs) {
    std::string block;
    for (const PostLine& line : paragraph) {
      if (!skipped_hook && line.text == input.HookLine()) {
        skipped_hook = true;  // already the title
        continue;
      }
      block += (line.is_bullet ? "- " : "") + line.text + "\n";
    }
    if (!block.empty()) out += "\n" + block;
  }
  if (!input.caption.empty()) out += "\n**Caption:** " + text::SanitizeUtf8(input.caption) + "\n";
  std::vector<std::string> meta;
  if (!input.style.empty()) meta.push_back("Style: " + input.style);
  if (!input.tone.empty()) meta.push_back("Tone: " + input.tone);
  if (!input.hook_type.empty()) meta.push_back("Hook: " + input.hook_type);
  if (input.quality) meta.push_back(fmt::format("Quality: {:.0f}/100", *input.quality));
  if (input.safety_confidence) {
    meta.push_back(fmt::format("Safety confidence: {:.2f}", *input.safety_confidence));
  }
  if (!input.created_at.empty()) meta.push_back("Created: " + input.created_at);
  if (!meta.empty()) out += "\n---\n\n" + fmt::format("{}", fmt::join(meta, " · ")) + "\n";
  return out;
}

}  // namespace repopost::exports
