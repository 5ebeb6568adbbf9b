#include "server/request_metrics.h"

#include <fmt/format.h>

#include "telemetry/prometheus_text.h"

namespace repopost::server {
namespace {

void AppendHistogram(std::string& out, std::string_view name, std::string_view labels,
                     const auto& histogram, const auto& buckets) {
  long long cumulative = 0;
  const std::string sep = labels.empty() ? "" : ",";
  for (std::size_t i = 0; i < buckets.size(); ++i) {
    cumulative += histogram.counts[i];
    out +=
        fmt::format("{}_bucket{{{}{}le=\"{}\"}} {}\n", name, labels, sep, buckets[i], cumulative);
  }
  out += fmt::format("{}_bucket{{{}{}le=\"+Inf\"}} {}\n", name, labels, sep, histogram.count);
  out += fmt::format("{}_sum{{{}}} {}\n", name, labels, histogram.sum);
  out += fmt::format("{}_count{{{}}} {}\n", name, labels, histogram.count);
}

}  // namespace

void RequestMetrics::Histogram::Observe(double seconds) {
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) {
      ++counts[i];
      break;
    }
  }
  ++count;
  sum += seconds;
}

void RequestMetrics::Record(std::string_view route, int status, std::chrono::microseconds latency) {
  std::lock_guard lock(mutex_);
  ++requests_[{std::string(route), status}];
  latency_[std::string(route)].Observe(static_cast<double>(latency.count()) / 1e6);
}

RequestMetrics::RequestMetrics() {
  // The registry is new and private, so the names cannot clash.
  generations_ = std::move(*telemetry::GenerationMetrics::Register(registry_));
}

void RequestMetrics::RecordGeneration(const telemetry::GenerationRecord& record) {
  generations_->ObserveGeneration(record);
  std::lock_guard lock(mutex_);
  generations_->ObserveDrift("generation_seconds", seconds_drift_.Observe(record.duration_seconds));
  generations_->ObserveDrift("safety_confidence", safety_drift_.Observe(record.safety_confidence));
  if (record.quality_score) {
    generations_->ObserveDrift("quality_score", quality_drift_.Observe(*record.quality_score));
  }
}

std::string RequestMetrics::Render() const {
  std::lock_guard lock(mutex_);
  std::string out;
  out += "# HELP repopost_http_requests_total HTTP requests by route pattern and status.\n";
  out += "# TYPE repopost_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    out += fmt::format("repopost_http_requests_total{{route=\"{}\",status=\"{}\"}} {}\n", key.first,
                       key.second, count);
  }
  out += "# HELP repopost_http_request_seconds HTTP request latency by route pattern.\n";
  out += "# TYPE repopost_http_request_seconds histogram\n";
  for (const auto& [route, histogram] : latency_) {
    AppendHistogram(out, "repopost_http_request_seconds", fmt::format("route=\"{}\"", route),
                    histogram, kBuckets);
  }
  out += telemetry::PrometheusText(registry_);
  return out;
}

}  // namespace repopost::server
