#include "generate/llm_post_builder.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "generate/hashtags.h"
#include "generate/spec_table.h"
#include "generate/template_writer.h"
#include "text/utf8.h"

namespace repopost::generate {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Trim(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  const std::size_t end = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(begin, end - begin + 1));
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    pos = end + 1;
  }
  return lines;
}

void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

bool IsHashtagLine(std::string_view line) {
  const std::string trimmed = Trim(line);
  if (trimmed.empty() || trimmed.front() != '#') return false;
  for (std::size_t at = 0; at < trimmed.size();) {
    const std::size_t end = std::min(trimmed.find(' ', at), trimmed.size());
    if (trimmed[at] != '#' || end - at < 2) return false;
    at = trimmed.find_first_not_of(' ', end);
    if (at == std::string::npos) break;
  }
  return true;
}

// Markdown is not rendered on LinkedIn: bullets become "•", emphasis and heading marks go.
std::string NormalizeLine(std::string line, bool& changed) {
  const std::string before = line;
  ReplaceAll(line, "**", "");
  ReplaceAll(line, "__", "");
  std::size_t indent = line.find_first_not_of(' ');
  if (indent != std::string::npos) {
    std::string_view rest(line.data() + indent, line.size() - indent);
    if (rest.starts_with("- ") || rest.starts_with("* ")) {
      line = "• " + std::string(rest.substr(2));
    } else if (rest.starts_with("#") && !IsHashtagLine(rest)) {
      const std::size_t text_at = rest.find_first_not_of('#');
      if (text_at != std::string_view::npos && rest[text_at] == ' ')
        line = Trim(rest.substr(text_at));
    }
  }
  changed = changed || line != before;
  return line;
}

// The hook shortened to kMaxHookUtf16 at a sentence end, else a word boundary with "…".
std::string ShortenHook(std::string_view hook) {
  std::string_view cut = text::TruncateUtf8(hook, hook.size());
  while (text::Utf16Length(cut) > kMaxHookUtf16 - 1) cut = text::TruncateUtf8(cut, cut.size() - 1);
  for (std::size_t i = cut.size(); i > cut.size() / 2; --i) {
    const char c = cut[i - 1];
    if ((c == '.' || c == '!' || c == '?') && (i == hook.size() || hook[i] == ' ')) {
      return std::string(cut.substr(0, i));
    }
  }
  const std::size_t space = cut.rfind(' ');
  if (space != std::string_view::npos && space > cut.size() / 2) cut = cut.substr(0, space);
  return Trim(cut) + "…";
}

std::vector<std::string> NormalizeHashtags(const std::vector<std::string>& raw,
                                           const core::FactSheet& sheet, const PostOptions& options,
                                           std::vector<std::string>& notes) {
  std::vector<std::string> tags;
  std::set<std::string> seen;
  auto add = [&](const std::string& tag) {
    if (tag.empty() || tags.size() >= kMaxHashtags) return;
    if (seen.insert(Lower(tag)).second) tags.push_back(tag);
  };
  for (const std::string& item : raw) {
    std::size_t pos = 0;
    while (pos < item.size()) {  // "#A #B" in one item, or "A, B"
      const std::size_t end = std::min(item.find_first_of(" ,", pos), item.size());
      std::string word = item.substr(pos, end - pos);
      while (!word.empty() && word.front() == '#') word.erase(0, 1);
      if (!word.empty()) add(ToHashtag(word));
      pos = end + 1;
    }
  }
  if (tags.size() < kMinHashtags) {
    for (const std::string& tag : PickHashtags(sheet, options)) add(tag);
    notes.push_back("hashtags topped up from the repository's facts");
  }
  return tags;
}

// Drops middle paragraphs (never the hook or the closing line) until the post fits.
std::string FitLength(std::string text, std::size_t tags_utf16, std::vector<std::string>& notes) {
  if (text::Utf16Length(text) + tags_utf16 <= kLinkedInMaxUtf16) return text;
  std::vector<std::string> paragraphs;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    paragraphs.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  auto joined = [&] {
    std::string out;
    for (const auto& p : paragraphs) out += (out.empty() ? "" : "\n\n") + p;
    return out;
  };
  while (paragraphs.size() > 2 && text::Utf16Length(joined()) + tags_utf16 > kLinkedInMaxUtf16) {
    paragraphs.erase(paragraphs.end() - 2);
  }
  std::string out = joined();
  while (!out.empty() && text::Utf16Length(out) + tags_utf16 > kLinkedInMaxUtf16) {
    out = std::string(text::TruncateUtf8(out, out.size() * 9 / 10));
  }
  notes.push_back("post shortened to LinkedIn's 3,000-character limit");
  return out;
}

}  // namespace

bool NamesProject(std::string_view text, const core::FactSheet& sheet) {
  const core::Fact* name = sheet.First(core::FactKind::kProjectName);
  if (name == nullptr || Trim(name->value).empty()) return true;
  const std::string haystack = Lower(text);
  const std::string needle = Lower(Trim(name->value));
  if (haystack.find(needle) != std::string::npos) return true;
  // "owner/name" or "@scope/name": the last part is how people write it.
  const std::size_t slash = needle.rfind('/');
  if (slash != std::string::npos && slash + 1 < needle.size() &&
      haystack.find(needle.substr(slash + 1)) != std::string::npos) {
    return true;
  }
  // "Random fun" written as the repository's slug "randomfun" (or "random-fun"): compare
  // letters and digits only.
  auto squeeze = [](std::string_view s) {
    std::string out;
    for (char c : s) {
      if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    }
    return out;
  };
  const std::string squeezed = squeeze(needle.substr(slash == std::string::npos ? 0 : slash + 1));
  return squeezed.size() >= 3 && squeeze(haystack).find(squeezed) != std::string::npos;
}

core::Result<Post> BuildLlmPost(const LlmPostAnswer& answer, const core::FactSheet& sheet,
                                const PostOptions& options) {
  Post post;
  post.options = options;
  post.writer = WriterTier::kLlm;
  post.hook_used = options.hook;

  bool markdown_changed = false;
  std::vector<std::string> moved_tags;
  std::vector<std::string> lines;
  for (std::string& line : SplitLines(text::SanitizeUtf8(answer.post))) {
    if (IsHashtagLine(line)) {
      moved_tags.push_back(Trim(line));
      continue;
    }
    lines.push_back(Trim(NormalizeLine(std::move(line), markdown_changed)));
  }
  if (markdown_changed)
    post.notes.push_back("Markdown markers replaced (LinkedIn does not render them)");
  // Blank-line runs collapse to one; leading and trailing blanks go.
  std::string body;
  bool blank = false;
  for (const std::string& line : lines) {
    if (line.empty()) {
      blank = !body.empty();
      continue;
    }
    if (!body.empty()) body += blank ? "\n\n" : "\n";
    body += line;
    blank = false;
  }
  if (body.empty())
    return core::Fail(core::ErrorCode::kInput, "the answer's post is empty after normalisation");

  const std::size_t first_break = body.find('\n');
  std::string hook = body.substr(0, first_break);
  std::string rest = first_break == std::string::npos ? "" : body.substr(first_break);
  if (text::Utf16Length(hook) > kMaxHookUtf16) {
    auto own = answer.hooks.find(options.hook);
    if (own != answer.hooks.end() && text::Utf16Length(Trim(own->second)) <= kMaxHookUtf16 &&
        own->second.find('\n') == std::string::npos) {
      hook = Trim(own->second);
      post.notes.push_back("the first line was over 140 characters; used the answer's " +
                           std::string(ToString(options.hook)) + " hook");
    } else {
      hook = ShortenHook(hook);
      post.notes.push_back("the first line was over 140 characters; shortened");
    }
  }

  for (HookType type : AllHookTypes()) {
    auto it = answer.hooks.find(type);
    if (it == answer.hooks.end()) continue;
    std::string text = Trim(text::SanitizeUtf8(it->second));
    bool unused = false;
    text = NormalizeLine(text, unused);
    if (text.empty() || text.find('\n') != std::string::npos ||
        text::Utf16Length(text) > kMaxHookUtf16) {
      post.notes.push_back("dropped the " + std::string(ToString(type)) +
                           " hook alternative (not one line under 140 characters)");
      continue;
    }
    if (text == hook) post.hook_used = type;
    post.hook_options.push_back({type, std::move(text), {}});
  }

  // Evidence the answer cites: facts directly, chunks through the fact they state.
  std::set<std::string> cited;
  for (const LlmClaim& claim : answer.claims) {
    for (const std::string& id : claim.evidence_ids) {
      if (sheet.FindById(id) != nullptr && cited.insert(id).second) {
        post.facts_used.push_back(*sheet.FindById(id));
      }
    }
  }

  if (!options.caption_asset.empty()) {
    post.caption = Trim(text::SanitizeUtf8(answer.caption));
    if (post.caption.empty()) post.notes.push_back("the answer had no caption for the asset");
  }

  std::vector<std::string> raw_tags = answer.hashtags;
  raw_tags.insert(raw_tags.end(), moved_tags.begin(), moved_tags.end());
  if (options.hashtags) post.hashtags = NormalizeHashtags(raw_tags, sheet, options, post.notes);
  std::string tag_line;
  for (const std::string& tag : post.hashtags) tag_line += (tag_line.empty() ? "" : " ") + tag;

  std::string text =
      FitLength(hook + rest, tag_line.empty() ? 0 : text::Utf16Length(tag_line) + 2, post.notes);
  if (!tag_line.empty()) text += "\n\n" + tag_line;
  post.hook = hook;
  post.text = std::move(text);
  return post;
}

}  // namespace repopost::generate
