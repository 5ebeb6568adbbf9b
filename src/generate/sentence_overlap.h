// Word-overlap measures used to keep a post from repeating itself: two adjacent sentences, a
// feature that restates the tagline, a summary that restates the description.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace repopost::generate {

// Lowercased words of `text`: runs of ASCII letters, digits and any non-ASCII bytes.
std::vector<std::string> OverlapWords(std::string_view text);

// Jaccard similarity of the word sets of `a` and `b`, 0 when both are empty.
double WordJaccard(std::string_view a, std::string_view b);

// True when `a` and `b` say nearly the same thing: Jaccard >= 0.75, or one's words (at least
// three) are almost all contained in the other.
bool NearDuplicate(std::string_view a, std::string_view b);

}  // namespace repopost::generate
