#include "server/request_metrics.h"

#include <fmt/format.h>

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

void RequestMetrics::RecordGeneration(std::chrono::microseconds elapsed) {
  std::lock_guard lock(mutex_);
  generation_.Observe(static_cast<double>(elapsed.count()) / 1e6);
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
  out += "# HELP repopost_generation_seconds Wall time of generations served by this process.\n";
  out += "# TYPE repopost_generation_seconds histogram\n";
  AppendHistogram(out, "repopost_generation_seconds", "", generation_, kBuckets);
  return out;
}

}  // namespace repopost::server
