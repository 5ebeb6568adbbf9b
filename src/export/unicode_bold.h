// ToSansSerifBold: maps A-Z a-z 0-9 to Unicode Mathematical Sans-Serif Bold (U+1D5D4.., U+1D7EC..)
// so a hook looks bold on LinkedIn, which renders no markup. Other characters pass through.
// Accessibility: screen readers spell these characters one by one or skip them, and search does
// not match them; kUnicodeBoldNote says so and is shown wherever the option is offered.
#pragma once

#include <string>
#include <string_view>

namespace repopost::exports {

inline constexpr std::string_view kUnicodeBoldNote =
    "Unicode bold is made of mathematical symbols: screen readers may read it letter by letter "
    "or not at all, and LinkedIn search will not find those words.";

std::string ToSansSerifBold(std::string_view utf8);

}  // namespace repopost::exports
