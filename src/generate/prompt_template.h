// PromptTemplate: one versioned prompt file from data/prompts/ (embedded at build time, STYLE.md
// habit 8), split into named sections ("system", "user") whose {{slot}} placeholders Render fills.
//
//   auto prompt = generate::PromptTemplate::Embedded("writer.txt");
//   auto system = prompt->Render("system", {{"style_instruction", "..."}});
//   std::string version = prompt->version();  // "writer-v1", recorded on every Post
//
// File format: "# comment" lines, one "@version NAME" line, "[section]" headers; everything else
// is section text, kept verbatim (blank lines included, trailing blank lines trimmed).
// Immutable after Parse; safe to share const between threads.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/result.h"

namespace repopost::generate {

using PromptSlots = std::map<std::string, std::string, std::less<>>;

class PromptTemplate {
 public:
  // kInput naming the file and line on a missing @version, text before the first section or a
  // malformed header.
  static core::Result<PromptTemplate> Parse(std::string_view name, std::string_view text);
  // A file shipped in data/prompts/; kInternal when it is missing or broken (a build problem).
  static core::Result<PromptTemplate> Embedded(std::string_view name);

  // The section with every {{slot}} replaced. kInternal when the section does not exist, a slot
  // has no value, or a value is given for no slot (a template and its caller out of step).
  // Values are inserted verbatim and never re-expanded.
  core::Result<std::string> Render(std::string_view section, const PromptSlots& slots) const;

  bool HasSection(std::string_view section) const;
  const std::string& version() const { return version_; }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::string version_;
  std::map<std::string, std::string, std::less<>> sections_;
};

}  // namespace repopost::generate
