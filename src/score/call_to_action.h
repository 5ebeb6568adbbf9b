// FindCallToAction: whether a post's closing lines ask the reader to act ("try it", "star it",
// "tell me…") or ask a question. Shared by the quality rubric and the engagement features.
#pragma once

#include <optional>
#include <string>

#include "score/post_anatomy.h"

namespace repopost::score {

struct CallToAction {
  bool is_question = false;  // the closing lines contain a '?'
  std::string phrase;        // the call-to-action phrase found, "" when none
};

// The closing lines are the last two sentences (hashtag-only lines are skipped).
// nullopt when they hold neither a call-to-action phrase nor a question.
std::optional<CallToAction> FindCallToAction(const PostAnatomy& anatomy);

}  // namespace repopost::score
