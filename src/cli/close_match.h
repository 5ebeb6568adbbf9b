// CloseMatch: the "did you mean" of the command line. An unknown command ("genrate") or flag
// ("--styl") is answered with the closest known name by edit distance, when one is close enough
// to be a typo (at most a third of the word's letters, and at least one, differ).
//
//   CloseMatch("genrate", {"generate", "inspect"})  // "generate"
//   UnknownArgumentHint(app, argv)                  // " (did you mean --style?)" or ""
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace repopost::cli {

// Levenshtein distance between two byte strings.
std::size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word`, or "" when none is close enough to be a typo of it.
std::string CloseMatch(std::string_view word, std::span<const std::string> candidates);

// After a parse error: a hint naming the command or flag the first unknown argument of `args`
// (argv without the program name) probably meant, as " (did you mean X?)"; "" when none.
std::string UnknownArgumentHint(const CLI::App& root, std::span<const std::string> args);

}  // namespace repopost::cli
