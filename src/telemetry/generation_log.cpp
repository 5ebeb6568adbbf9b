// The log's JSON edge: records become nlohmann::json objects here and nowhere else.
#include "telemetry/generation_log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace repopost::telemetry {
namespace {

using nlohmann::json;

json Envelope(const char* event, std::chrono::system_clock::time_point now) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  return json{{"time", core::FormatIso8601(now)}, {"time_unix_ms", ms}, {"event.name", event}};
}

// Replaces every string value (recursively) with its redacted form.
void RedactStrings(json& value, const Redactor& redactor) {
  if (value.is_string()) {
    value = redactor.Redact(value.get_ref<const std::string&>());
  } else if (value.is_structured()) {
    for (auto& child : value) RedactStrings(child, redactor);
  }
}

// The redacted line, invalid UTF-8 replaced, with its newline.
std::string Finish(json& line, const Redactor& redactor) {
  RedactStrings(line, redactor);
  return line.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
}

void PutIfSet(json& out, const char* key, const std::string& value) {
  if (!value.empty()) out[key] = value;
}

}  // namespace

GenerationLog::GenerationLog(std::string directory, const core::Clock& clock)
    : directory_(std::move(directory)), clock_(clock) {}

GenerationLog::~GenerationLog() {
  if (fd_ >= 0) close(fd_);
}

std::string GenerationLog::PathFor(std::chrono::system_clock::time_point time) const {
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
  return directory_ + "/generations-" + core::FormatIsoDate(seconds) + ".jsonl";
}

core::Status GenerationLog::Append(const GenerationRecord& r) {
  json line = Envelope("repopost.generation", clock_.Now());
  line["gen_ai.operation.name"] = "generate_content";
  line["gen_ai.provider.name"] = r.provider;
  PutIfSet(line, "gen_ai.request.model", r.model);
  line["repopost.generation.id"] = r.generation_id;
  line["repopost.version.id"] = r.version_id;
  line["repopost.writer.tier"] = r.writer_tier;
  line["repopost.style"] = r.style;
  line["repopost.tone"] = r.tone;
  line["repopost.hook"] = r.hook;
  line["repopost.prompt.version"] = r.prompt_version;
  line["gen_ai.client.operation.duration"] = r.duration_seconds;
  line["repopost.fell_back"] = r.fell_back;
  line["repopost.claims"] = r.claims;
  line["repopost.claims.unsupported"] = r.unsupported_claims;
  line["repopost.policy.hits"] = r.policy_hits;
  line["repopost.safety.confidence"] = r.safety_confidence;
  if (r.quality_score) line["repopost.quality.score"] = *r.quality_score;
  return WriteLine(Finish(line, redactor_));
}

core::Status GenerationLog::Append(const AttemptRecord& r) {
  json line = Envelope("gen_ai.client.inference.operation.details", clock_.Now());
  line["gen_ai.operation.name"] = "chat";
  line["gen_ai.provider.name"] = r.provider;
  line["gen_ai.request.model"] = r.model;
  PutIfSet(line, "server.address", r.server_address);
  PutIfSet(line, "repopost.generation.id", r.generation_id);
  line["repopost.attempt.status"] = r.ok ? "ok" : "error";
  PutIfSet(line, "error.type", r.error_type);
  line["gen_ai.client.operation.duration"] = r.duration_seconds;
  if (r.time_to_first_token_seconds) {
    line["gen_ai.server.time_to_first_token"] = *r.time_to_first_token_seconds;
  }
  line["gen_ai.usage.input_tokens"] = r.input_tokens;
  line["gen_ai.usage.output_tokens"] = r.output_tokens;
  PutIfSet(line, "repopost.retry.reason", r.retry_reason);
  PutIfSet(line, "repopost.fallback.reason", r.fallback_reason);
  return WriteLine(Finish(line, redactor_));
}

core::Status GenerationLog::Append(const EvaluationRecord& r) {
  json line = Envelope("gen_ai.evaluation.result", clock_.Now());
  line["gen_ai.evaluation.name"] = r.name;
  if (r.score) line["gen_ai.evaluation.score.value"] = *r.score;
  PutIfSet(line, "gen_ai.evaluation.score.label", r.label);
  PutIfSet(line, "gen_ai.evaluation.explanation", r.explanation);
  PutIfSet(line, "repopost.generation.id", r.generation_id);
  PutIfSet(line, "gen_ai.response.id", r.version_id);
  return WriteLine(Finish(line, redactor_));
}

core::Status GenerationLog::WriteLine(std::string line) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto now = clock_.Now();
  std::string path = PathFor(now);
  auto fail = [&](const std::string& what) {
    ++failures_;
    return core::Fail(core::ErrorCode::kStore,
                      "cannot write the generation log " + path + ": " + what);
  };
  if (fd_ < 0 || path != day_) {  // first line, or the UTC day changed: rotate
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
    std::error_code ec;
    std::filesystem::create_directories(directory_, ec);
    fd_ = open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) return fail(std::strerror(errno));
    day_ = path;
  }
  struct stat before {};
  fstat(fd_, &before);
  ssize_t written = write(fd_, line.data(), line.size());
  if (written == static_cast<ssize_t>(line.size())) return core::Ok();
  std::string reason = written < 0 ? std::strerror(errno) : "short write (disk full?)";
  if (written > 0) (void)!ftruncate(fd_, before.st_size);  // drop the partial line
  return fail(reason);
}

}  // namespace repopost::telemetry
