#include "generate/prompt_template.h"

#include <set>

#include "embedded/prompts.h"

namespace repopost::generate {
namespace {

std::string_view TrimRight(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

void TrimTrailingNewlines(std::string& text) {
  while (!text.empty() && text.back() == '\n') text.pop_back();
}

}  // namespace

core::Result<PromptTemplate> PromptTemplate::Parse(std::string_view name, std::string_view text) {
  PromptTemplate prompt;
  prompt.name_ = std::string(name);
  std::string* section = nullptr;
  int line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = TrimRight(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_number;
    const std::string where = std::string(name) + ":" + std::to_string(line_number);
    if (section == nullptr && (line.empty() || line.front() == '#')) continue;
    if (line.starts_with("@version")) {
      std::string_view version = line.substr(8);
      while (!version.empty() && version.front() == ' ') version.remove_prefix(1);
      if (version.empty())
        return core::Fail(core::ErrorCode::kInput, "prompt " + where + " has an empty @version");
      prompt.version_ = std::string(version);
      continue;
    }
    if (line.size() >= 3 && line.front() == '[' && line.back() == ']' &&
        line.find(' ') == std::string_view::npos) {
      section = &prompt.sections_[std::string(line.substr(1, line.size() - 2))];
      continue;
    }
    if (section == nullptr) {
      return core::Fail(core::ErrorCode::kInput,
                        "prompt " + where + " has text before the first [section]");
    }
    section->append(line);
    section->push_back('\n');
  }
  if (prompt.version_.empty()) {
    return core::Fail(core::ErrorCode::kInput,
                      "prompt " + std::string(name) + " has no @version line");
  }
  for (auto& [key, body] : prompt.sections_) TrimTrailingNewlines(body);
  return prompt;
}

core::Result<PromptTemplate> PromptTemplate::Embedded(std::string_view name) {
  const std::optional<std::string_view> text = embedded::prompts::Find(name);
  if (!text) {
    return core::Fail(core::ErrorCode::kInternal,
                      "prompt file " + std::string(name) + " is not embedded");
  }
  auto parsed = Parse(name, *text);
  if (!parsed) return core::Fail(core::ErrorCode::kInternal, parsed.error().message);
  return parsed;
}

bool PromptTemplate::HasSection(std::string_view section) const {
  return sections_.find(section) != sections_.end();
}

core::Result<std::string> PromptTemplate::Render(std::string_view section,
                                                 const PromptSlots& slots) const {
  auto it = sections_.find(section);
  if (it == sections_.end()) {
    return core::Fail(core::ErrorCode::kInternal,
                      "prompt " + name_ + " has no [" + std::string(section) + "] section");
  }
  const std::string& body = it->second;
  std::string out;
  std::set<std::string_view> used;
  std::size_t pos = 0;
  while (pos < body.size()) {
    const std::size_t open = body.find("{{", pos);
    if (open == std::string::npos) break;
    const std::size_t close = body.find("}}", open + 2);
    if (close == std::string::npos) break;
    const std::string_view slot(body.data() + open + 2, close - open - 2);
    auto value = slots.find(slot);
    if (value == slots.end()) {
      return core::Fail(core::ErrorCode::kInternal, "prompt " + name_ + " [" +
                                                        std::string(section) + "] slot {{" +
                                                        std::string(slot) + "}} has no value");
    }
    used.insert(value->first);
    out.append(body, pos, open - pos);
    out += value->second;
    pos = close + 2;
  }
  out.append(body, pos, std::string::npos);
  for (const auto& [key, value] : slots) {
    if (!used.contains(key)) {
      return core::Fail(
          core::ErrorCode::kInternal,
          "prompt " + name_ + " [" + std::string(section) + "] has no slot {{" + key + "}}");
    }
  }
  return out;
}

}  // namespace repopost::generate
