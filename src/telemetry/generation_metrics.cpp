#include "telemetry/generation_metrics.h"

#include <algorithm>

namespace repopost::telemetry {
namespace {

const std::vector<double> kSecondsBuckets = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 20, 30, 60};
const std::vector<double> kUnitBuckets = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
const std::vector<double> kScoreBuckets = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};

template <typename T>
core::Status Take(core::Result<T*> added, T*& slot) {
  if (!added) return tl::unexpected(added.error());
  slot = *added;
  return core::Ok();
}

}  // namespace

core::Result<std::unique_ptr<GenerationMetrics>> GenerationMetrics::Register(MetricsRegistry& r) {
  std::unique_ptr<GenerationMetrics> m(new GenerationMetrics());
  const core::Status steps[] = {
      Take(r.AddCounter("repopost_generations_total", "Posts generated.", {"writer", "provider"}),
           m->generations_),
      Take(r.AddHistogram("repopost_generation_seconds", "Wall time of a generation.",
                          kSecondsBuckets, {"writer"}),
           m->generation_seconds_),
      Take(r.AddCounter("repopost_fallbacks_total",
                        "Generations whose provider chain fell back to a later provider."),
           m->fallbacks_),
      Take(r.AddCounter("repopost_unsupported_claim_posts_total",
                        "Generated posts with at least one unsupported claim."),
           m->unsupported_posts_),
      Take(r.AddCounter("repopost_policy_hits_total", "Policy rule hits in generated posts."),
           m->policy_hits_),
      Take(r.AddHistogram("repopost_safety_confidence", "Safety report confidence per post.",
                          kUnitBuckets),
           m->safety_confidence_),
      Take(r.AddHistogram("repopost_quality_score", "Quality score per post (0-100).",
                          kScoreBuckets),
           m->quality_score_),
      Take(r.AddCounter("repopost_llm_attempts_total", "Calls to LLM providers.",
                        {"provider", "status", "error_type"}),
           m->attempts_),
      Take(r.AddHistogram("repopost_llm_attempt_seconds", "Duration of LLM provider calls.",
                          kSecondsBuckets, {"provider"}),
           m->attempt_seconds_),
      Take(r.AddCounter("repopost_llm_tokens_total", "Tokens used.", {"provider", "direction"}),
           m->tokens_),
      Take(r.AddCounter("repopost_feedback_total", "Feedback given on posts.", {"type"}),
           m->feedback_),
      Take(r.AddCounter("repopost_api_requests_total", "HTTP API requests by status class.",
                        {"class"}),
           m->api_requests_),
      Take(r.AddCounter("repopost_log_write_failures_total",
                        "Generation log lines that could not be written."),
           m->log_failures_),
      Take(r.AddGauge("repopost_alert_level", "Alert level per metric: 0 ok, 1 warn, 2 alert.",
                      {"metric"}),
           m->alert_level_),
      Take(r.AddGauge("repopost_drift_ewma_z",
                      "EWMA of a metric in baseline standard deviations from its baseline.",
                      {"metric"}),
           m->drift_ewma_z_),
      Take(r.AddGauge("repopost_drift_psi",
                      "Population stability index of a metric's recent window.", {"metric"}),
           m->drift_psi_),
  };
  for (const auto& step : steps) {
    if (!step) return tl::unexpected(step.error());
  }
  return m;
}

void GenerationMetrics::ObserveGeneration(const GenerationRecord& r) {
  generations_->WithLabels({r.writer_tier, r.provider}).Increment();
  generation_seconds_->WithLabels({r.writer_tier}).Observe(r.duration_seconds);
  if (r.fell_back) fallbacks_->Default().Increment();
  if (r.unsupported_claims > 0) unsupported_posts_->Default().Increment();
  policy_hits_->Default().Increment(r.policy_hits);
  safety_confidence_->Default().Observe(r.safety_confidence);
  if (r.quality_score) quality_score_->Default().Observe(*r.quality_score);
}

void GenerationMetrics::ObserveAttempt(const AttemptRecord& r) {
  attempts_->WithLabels({r.provider, r.ok ? "ok" : "error", r.error_type}).Increment();
  attempt_seconds_->WithLabels({r.provider}).Observe(r.duration_seconds);
  tokens_->WithLabels({r.provider, "input"}).Increment(static_cast<double>(r.input_tokens));
  tokens_->WithLabels({r.provider, "output"}).Increment(static_cast<double>(r.output_tokens));
}

void GenerationMetrics::ObserveFeedback(const std::string& type, std::optional<int>) {
  feedback_->WithLabels({type}).Increment();
}

void GenerationMetrics::ObserveApiRequest(int http_status) {
  api_requests_->WithLabels({std::to_string(http_status / 100) + "xx"}).Increment();
}

void GenerationMetrics::ObserveLogFailure() { log_failures_->Default().Increment(); }

void GenerationMetrics::ObserveAlerts(const std::vector<Alert>& alerts) {
  std::lock_guard<std::mutex> lock(alerts_mutex_);
  for (const auto& metric : alerting_) alert_level_->WithLabels({metric}).Set(0);
  alerting_.clear();
  for (const auto& alert : alerts) {
    double level = static_cast<double>(static_cast<int>(alert.level));
    auto& gauge = alert_level_->WithLabels({alert.metric});
    gauge.Set(std::max(gauge.Value(), level));
    alerting_.push_back(alert.metric);
  }
}

void GenerationMetrics::ObserveDrift(const std::string& metric, const DriftReading& reading) {
  drift_ewma_z_->WithLabels({metric}).Set(reading.ewma_z);
  drift_psi_->WithLabels({metric}).Set(reading.psi);
  auto& level = alert_level_->WithLabels({"drift:" + metric});
  level.Set(static_cast<double>(static_cast<int>(reading.level)));
}

}  // namespace repopost::telemetry
