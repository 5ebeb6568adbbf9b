// PostAudit: the checks the grounding matrix runs on every generated post, written independently
// of the writer (its own tokenizer and similarity) so a writer bug cannot hide itself.
#pragma once

#include <string>
#include <vector>

#include "core/fact_sheet.h"
#include "generate/post.h"

namespace repopost::generate::testing {

// Every number, version, code identifier and proper noun (capitalised word not at a sentence
// start) in the post body that is not found in the facts used nor in the writer's fixed words.
// Hashtags are excluded (checked separately). Each entry reads "kind 'token'".
std::vector<std::string> UngroundedTokens(const Post& post);

// Adjacent sentences (by line and by ". ") that are equal or near-duplicates (word Jaccard >= 0.8).
std::vector<std::string> RepeatedAdjacentSentences(const std::string& text);

// The post text without its trailing hashtag paragraph.
std::string BodyWithoutHashtags(const std::string& text);

// Every rule of the grounding matrix, as gtest expectations (failures name `label` and show the
// post): grounded tokens, no repeated sentences, LinkedIn length and hook rules, 3-5 CamelCase
// hashtags, five distinct fitting hook options, facts_used drawn from `sheet` as UnderstandSheet
// rewrites it, fallback noted.
void ExpectPostFollowsRules(const std::string& label, const core::FactSheet& sheet,
                            const Post& post);

// Whitespace-separated tokens containing a letter or digit.
std::size_t Words(const std::string& text);

}  // namespace repopost::generate::testing
