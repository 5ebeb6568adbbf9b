// GenerationLog: the JSONL generation log — one line per generation, per LLM attempt and per
// evaluation, with OpenTelemetry GenAI attribute names, in one file per UTC day:
// DIR/generations-YYYY-MM-DD.jsonl (the day comes from the injected clock).
//
//   telemetry::GenerationLog log(data_dir + "/logs", clock);
//   if (auto s = log.Append(record); !s) report(s.error());   // never ignored
//
// Each line is written with one write(2) on an O_APPEND descriptor, so concurrent writers (threads
// or processes) never interleave and a crash never leaves half a line; a short write (disk full)
// is truncated away and reported. Every string value passes through the Redactor. Thread-safe.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "telemetry/redactor.h"

namespace repopost::telemetry {

// A finished generation (event "repopost.generation").
struct GenerationRecord {
  std::string generation_id;
  std::string version_id;
  std::string provider;  // gen_ai.provider.name; "template" for the template writer
  std::string model;     // gen_ai.request.model; "" for the template writer
  std::string writer_tier, style, tone, hook, prompt_version;
  double duration_seconds = 0.0;
  bool fell_back = false;
  int claims = 0, unsupported_claims = 0, policy_hits = 0;
  double safety_confidence = 0.0;
  std::optional<double> quality_score;
};

// One call to an LLM provider (event "gen_ai.client.inference.operation.details").
struct AttemptRecord {
  std::string generation_id;
  std::string provider;
  std::string model;
  std::string server_address;  // host only, never a URL with credentials
  bool ok = true;
  std::string error_type;  // error.type, "" when ok
  double duration_seconds = 0.0;
  std::optional<double> time_to_first_token_seconds;
  std::int64_t input_tokens = 0, output_tokens = 0;
  std::string retry_reason, fallback_reason;
};

// One evaluation of a version (event "gen_ai.evaluation.result").
struct EvaluationRecord {
  std::string generation_id;
  std::string version_id;
  std::string name;             // gen_ai.evaluation.name, e.g. "quality", "grounding"
  std::optional<double> score;  // gen_ai.evaluation.score.value
  std::string label;            // gen_ai.evaluation.score.label, e.g. "pass"
  std::string explanation;      // gen_ai.evaluation.explanation
};

class GenerationLog {
 public:
  // REQUIRES: clock outlives the log. The directory is created on first write.
  GenerationLog(std::string directory, const core::Clock& clock);
  ~GenerationLog();

  // Each appends one line; kStore with one sentence when the line could not be written whole.
  core::Status Append(const GenerationRecord& record);
  core::Status Append(const AttemptRecord& record);
  core::Status Append(const EvaluationRecord& record);

  // How many lines failed to be written since construction (also exported as a metric).
  std::int64_t failures() const { return failures_.load(); }
  // The file that lines written at `time` go to.
  std::string PathFor(std::chrono::system_clock::time_point time) const;

 private:
  // Writes one finished line (redacted, ending in '\n') to today's file with one write(2).
  core::Status WriteLine(std::string line);

  std::string directory_;
  const core::Clock& clock_;
  Redactor redactor_;
  std::mutex mutex_;  // guards fd_ and day_
  int fd_ = -1;
  std::string day_;
  std::atomic<std::int64_t> failures_{0};
};

}  // namespace repopost::telemetry
