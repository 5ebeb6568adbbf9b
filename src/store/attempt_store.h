// AttemptStore: one row per call to an LLM provider (successful or not).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace repopost::store {

enum class AttemptStatus { kOk, kError };
std::string_view ToString(AttemptStatus value);
std::optional<AttemptStatus> ParseAttemptStatus(std::string_view text);

struct LlmAttempt {
  std::string id;             // "a_…"; assigned by the store when empty
  std::string generation_id;  // "" when the call belongs to no stored generation
  std::string provider;
  std::string model;
  AttemptStatus status = AttemptStatus::kOk;
  std::string error_type;  // the llm stage's error name, "" when ok
  std::int64_t latency_ms = 0;
  std::optional<std::int64_t> ttft_ms;  // time to first token, when streamed
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  std::string retry_reason;     // why this call was a retry, "" for a first call
  std::string fallback_reason;  // why the router moved to this provider, "" if it did not
  std::chrono::system_clock::time_point created_at{};  // set by the store
};

class AttemptStore {
 public:
  virtual ~AttemptStore() = default;
  virtual core::Result<LlmAttempt> RecordAttempt(const LlmAttempt& attempt) = 0;
  // Oldest first.
  virtual core::Result<std::vector<LlmAttempt>> ListAttempts(const std::string& generation_id) = 0;
};

}  // namespace repopost::store
