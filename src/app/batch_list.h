// The batch LIST format and the canonical item line stored in the queue.
//
// A LIST has one source per line: a local path, a GitHub URL (or o/r), optionally followed by
// tab-separated columns `source<TAB>style<TAB>tone<TAB>hook`. Blank lines and lines whose first
// non-blank character is '#' are ignored; an empty column means the command's default.
//
//   auto items = app::ParseBatchList(text, {.defaults = options, .base_dir = "/lists"});
//   std::string queued = app::FormatBatchLine((*items)[0]);   //
//   "/lists/fzf\tgrowth\tbalanced\tcuriosity" auto back = app::ParseBatchLine(queued, {}); // the
//   same spec
//
// A queued item is its canonical line (every column filled in), so any worker on any machine can
// process it without the options of the command that submitted it.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "generate/post_options.h"

namespace repopost::app {

struct BatchItemSpec {
  std::string source;  // a path (absolute when it exists relative to the list), a URL, or o/r
  generate::Style style = generate::Style::kGrowth;
  generate::Tone tone = generate::Tone::kBalanced;
  generate::HookType hook = generate::HookType::kCuriosity;

  bool operator==(const BatchItemSpec&) const = default;
};

struct BatchListOptions {
  generate::PostOptions defaults;  // style, tone and hook for empty columns
  // Relative sources that exist under this directory become absolute paths (a list names paths
  // relative to itself); "" leaves every source as written.
  std::filesystem::path base_dir;
};

inline constexpr std::size_t kMaxBatchLineBytes = 4096;
inline constexpr std::size_t kMaxBatchItems = 100000;

// One line: kInput naming the bad column ("unknown style 'x'; expected growth|...").
core::Result<BatchItemSpec> ParseBatchLine(std::string_view line, const BatchListOptions& options);

// The whole LIST. Errors name the line ("line 7: ..."); kInput when it names no source;
// kTooLarge past kMaxBatchItems items or a line past kMaxBatchLineBytes.
core::Result<std::vector<BatchItemSpec>> ParseBatchList(std::string_view text,
                                                        const BatchListOptions& options);

// The canonical queued form: all four columns, tab-separated.
std::string FormatBatchLine(const BatchItemSpec& spec);

}  // namespace repopost::app
