// Hashtags: three to five CamelCase tags (#OpenSource, #RustLang, #MachineLearning) for a post,
// from the FactSheet's languages, topics and keywords and the domain words of its description,
// then the style's own tag and a few general ones to reach three. Deterministic; deduplicated
// case-insensitively; empty when options.hashtags is false.
//
//   std::vector<std::string> tags = PickHashtags(sheet, options);  // {"#Golang", "#CLI", ...}
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/fact_sheet.h"
#include "generate/post_options.h"

namespace repopost::generate {

inline constexpr std::size_t kMinHashtags = 3;
inline constexpr std::size_t kMaxHashtags = 5;

std::vector<std::string> PickHashtags(const core::FactSheet& sheet, const PostOptions& options);

// "machine-learning" -> "#MachineLearning", "cli" -> "#CLI", "C++" -> "#Cpp"; "" when nothing
// usable is left (punctuation only, or longer than 30 characters).
std::string ToHashtag(std::string_view word);

// The canonical tag of a language name ("Go" -> "#Golang"), or "" when the language is unknown.
std::string_view LanguageHashtag(std::string_view language);

}  // namespace repopost::generate
