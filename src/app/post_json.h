// JSON views of stored posts (versions, feedback, attempts, history, diffs), for the CLI's
// `--format json` and the HTTP API. The one place that names these fields.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "app/app_context.h"
#include "app/post_service.h"
#include "store/generation_store.h"

namespace repopost::app {

nlohmann::json VersionToJson(const store::PostVersion& version);
nlohmann::json FeedbackToJson(const store::Feedback& feedback);
nlohmann::json AttemptToJson(const store::LlmAttempt& attempt);
// The generation, every version, feedback, attempts, and the pipeline details as
// GenerationDetailsToJson renders them (from this process's cache or as stored; null for posts
// stored before details were kept).
nlohmann::json PostRecordToJson(const PostRecord& record);
// {"feedback": {...}, "note": "...", "new_version": {...} when one was made, "hooks": [...]}.
nlohmann::json FeedbackOutcomeToJson(const FeedbackOutcome& outcome);
nlohmann::json HistoryToJson(const std::vector<store::HistoryEntry>& history);
nlohmann::json DiffToJson(const WordDiff& diff);

}  // namespace repopost::app
