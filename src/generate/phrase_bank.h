// PhraseBank: the writer's own words, as versioned data files under data/phrases/ embedded at
// build time (STYLE.md habit 8). A bank is a set of named sections; each section holds phrase
// variants with `{slot}` placeholders that PhraseRenderer fills with fact values.
//
// File format (one phrase per line, UTF-8):
//   # comment
//   @version 1                  every file of a bank declares the same version
//   [hook.story]                a section; later lines belong to it
//   * | {project} began with one commit: "{first_subject}" ({first_year}).
//   minimal | ...               a variant only for that tone (minimal, balanced, high-energy)
// "\n" inside a phrase is a line break. The words around slots must make no claim of their own:
// no digits, no names, no adoption or outcome words (phrase_bank_test checks the shipped bank).
//
// Immutable after Parse; safe to share const between threads.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "generate/post_options.h"

namespace repopost::generate {

struct Phrase {
  std::optional<Tone> tone;  // nullopt = any tone
  std::string text;
  int line = 0;  // line in its file, for error messages
};

class PhraseBank {
 public:
  // Parses one or more files (path -> contents) into one bank. Fails with kInput naming the file
  // and line on a malformed line, a phrase outside a section, an unknown tone, a version clash or
  // a missing @version.
  static core::Result<PhraseBank> Parse(const std::map<std::string, std::string_view>& files);

  // The bank embedded from data/phrases/, parsed once (thread-safe static). An error here means
  // the shipped data is broken; phrase_bank_test keeps it from happening.
  static const core::Result<PhraseBank>& Embedded();

  // The variants of `section`, or nullptr when the bank has no such section.
  const std::vector<Phrase>* Section(std::string_view section) const;
  std::vector<std::string> SectionNames() const;
  const std::string& version() const { return version_; }

 private:
  std::string version_;
  std::map<std::string, std::vector<Phrase>, std::less<>> sections_;
};

}  // namespace repopost::generate
