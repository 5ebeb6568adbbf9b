#include "profile/platform_names.h"

#include <algorithm>
#include <cctype>

#include "profile/clean_text.h"

namespace repopost::profile {
namespace {

struct PlatformName {
  std::string_view cue;  // lowercase; matched after a space (the text is padded)
  std::string_view name;
};

constexpr PlatformName kPlatforms[] = {
    {" linux", "Linux"},      {" macos", "macOS"},     {" mac os", "macOS"},
    {" os x", "macOS"},       {" osx", "macOS"},       {" windows", "Windows"},
    {" freebsd", "FreeBSD"},  {" openbsd", "OpenBSD"}, {" netbsd", "NetBSD"},
    {" android", "Android"},  {" ios", "iOS"},         {" webassembly", "WebAssembly"},
    {" wasm", "WebAssembly"}, {" solaris", "Solaris"}, {" haiku", "Haiku"},
};

constexpr std::string_view kNegative[] = {
    "not supported",  "unsupported",    "no support",      "doesn't support",   "does not support",
    "don't support",  "do not support", "isn't supported", "is not supported",  "not recommended",
    "not available",  "won't work",     "will not work",   "doesn't work",      "does not work",
    "not work on",    "not yet",        "not tested",      "untested",          "does not run",
    "doesn't run",    "cannot run",     "can't run",       "no longer support", "dropped support",
    "advise against", "not officially", "not run on",      "isn't available",
};

}  // namespace

std::vector<std::string> PlatformsNamed(std::string_view text) {
  std::string lower = " " + LowerAscii(text) + " ";
  for (char& c : lower) {
    if (c == '(' || c == ',' || c == ';' || c == '/' || c == '"' || c == '`') {
      if (c != '/') c = ' ';
    }
  }
  std::vector<std::pair<std::size_t, std::string>> found;
  for (const PlatformName& p : kPlatforms) {
    std::size_t at = 0;
    while ((at = lower.find(p.cue, at)) != std::string::npos) {
      const std::size_t end = at + p.cue.size();
      const char after = end < lower.size() ? lower[end] : ' ';
      const char next = end + 1 < lower.size() ? lower[end + 1] : ' ';
      const bool word_ends = !std::isalnum(static_cast<unsigned char>(after)) && after != '_' &&
                             after != '/' && after != '-' &&
                             !(after == '.' && std::isalpha(static_cast<unsigned char>(next)));
      if (word_ends) {
        found.emplace_back(at, std::string(p.name));
        break;
      }
      at = end;
    }
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (auto& [at, name] : found) {
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

bool SaysUnsupported(std::string_view text) {
  const std::string lower = LowerAscii(text);
  return std::any_of(std::begin(kNegative), std::end(kNegative),
                     [&](std::string_view cue) { return lower.find(cue) != std::string::npos; });
}

}  // namespace repopost::profile
