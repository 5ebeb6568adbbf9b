// JSON views of stored posts (versions, feedback, attempts, history, diffs), for the CLI's
// `--format json` and the HTTP API. The one place that names these fields.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "app/post_service.h"
#include "store/generation_store.h"

namespace repopost::app {

nlohmann::json VersionToJson(const store::PostVersion& version);
nlohmann::json FeedbackToJson(const store::Feedback& feedback);
nlohmann::json AttemptToJson(const store::LlmAttempt& attempt);
// The generation, every version, feedback, attempts, and (while this process remembers them) the
// pipeline details as GenerationToJson renders them.
nlohmann::json PostRecordToJson(const PostRecord& record);
nlohmann::json HistoryToJson(const std::vector<store::HistoryEntry>& history);
nlohmann::json DiffToJson(const WordDiff& diff);

}  // namespace repopost::app
