// LlmPostBuilder: turns a parsed LLM answer into a Post that obeys the LinkedIn rules, normalising
// where that is safe instead of rejecting: Markdown bullets become "•", bold markers and heading
// marks go, hashtag lines move to the hashtag list, an over-long hook is replaced by the answer's
// own hook of the asked type or shortened at a sentence or word boundary, hashtags become 3 to 5
// CamelCase tags (topped up from the repository's facts), and a post over 3,000 UTF-16 units loses
// middle paragraphs. Every change is written to Post::notes.
//
//   core::Result<Post> post = BuildLlmPost(answer, sheet, options);
//   if (!NamesProject(post->text, sheet)) ... // off-topic answer: repair or fall back
//
// Pure functions; thread-safe.
#pragma once

#include <string_view>

#include "core/fact_sheet.h"
#include "core/result.h"
#include "generate/llm_post_wire.h"
#include "generate/post.h"

namespace repopost::generate {

inline constexpr std::size_t kMaxHookUtf16 = 140;

// kInput when nothing usable is left of the post after normalisation.
core::Result<Post> BuildLlmPost(const LlmPostAnswer& answer, const core::FactSheet& sheet,
                                const PostOptions& options);

// True when `text` names the project (its name fact, case-insensitively), or when the sheet has
// no name to look for. A post that does not name the project has changed subject: the sign of an
// obeyed prompt injection or of an answer about something else.
bool NamesProject(std::string_view text, const core::FactSheet& sheet);

}  // namespace repopost::generate
