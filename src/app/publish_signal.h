// PublishSignal: the one answer to "can I post this?" that every surface shows (the CLI's
// warnings and `check`, the JSON views). A post is safe to post only when the checker found it
// safe and it states something a reader could check: a post that is only "Meet offline." and a
// call to action is not flagged as false, but it is not "safe to post" either.
//
//   if (app::SignalFor(result.safety) != app::PublishSignal::kSafe) warn(Describe(signal));
#pragma once

#include <optional>
#include <string_view>

#include "safety/safety_report.h"
#include "store/generation_store.h"

namespace repopost::app {

enum class PublishSignal {
  kSafe,           // safe, and at least one checked statement of substance
  kStatesNothing,  // nothing false, but nothing stated either
  kNotSafe,        // unsupported or contradicted claims, or a blocking policy hit
};
std::string_view ToString(PublishSignal value);  // "safe" | "states-nothing" | "not-safe"
std::optional<PublishSignal> ParsePublishSignal(std::string_view text);
// What the post does, for people, after "the post": "is safe to post", "is not safe to post", ...
std::string_view Describe(PublishSignal value);

PublishSignal SignalFor(const safety::SafetyReport& report);
// The same from a stored version's report (its claims are the checked statements).
PublishSignal SignalFor(const store::SafetyReportRecord& report);

}  // namespace repopost::app
