#include "telemetry/metrics_registry.h"

#include <algorithm>

namespace repopost::telemetry {
namespace {

bool IsNameChar(char c, bool first, bool allow_colon) {
  bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return letter || (allow_colon && c == ':') || (!first && c >= '0' && c <= '9');
}

bool IsValidName(const std::string& name, bool allow_colon) {
  if (name.empty()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (!IsNameChar(name[i], i == 0, allow_colon)) return false;
  }
  return true;
}

void AtomicAdd(std::atomic<double>& target, double by) {
  double current = target.load();
  while (!target.compare_exchange_weak(current, current + by)) {
  }
}

}  // namespace

void Counter::Increment(double by) {
  if (by > 0) AtomicAdd(value_, by);
}

void Gauge::Add(double by) { AtomicAdd(value_, by); }

Histogram::Histogram(std::vector<double> bounds) : bounds_(std::move(bounds)) {
  std::sort(bounds_.begin(), bounds_.end());
  counts_.assign(bounds_.size() + 1, 0);
}

void Histogram::Observe(double value) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::size_t bucket = std::lower_bound(bounds_.begin(), bounds_.end(), value) - bounds_.begin();
  ++counts_[bucket];
  sum_ += value;
  ++count_;
}

Histogram::Snapshot Histogram::Read() const {
  std::lock_guard<std::mutex> lock(mutex_);
  Snapshot out{bounds_, {}, sum_, count_};
  std::uint64_t running = 0;
  for (std::uint64_t c : counts_) out.cumulative.push_back(running += c);
  return out;
}

template <typename T>
T& MetricFamily<T>::WithLabels(const std::vector<std::string>& values) {
  std::vector<std::string> key = values;
  key.resize(label_names_.size());
  std::lock_guard<std::mutex> lock(mutex_);
  auto& child = children_[key];
  if (!child) {
    if constexpr (std::is_same_v<T, Histogram>) {
      child = std::make_unique<T>(bounds_);
    } else {
      child = std::make_unique<T>();
    }
  }
  return *child;
}

template <typename T>
std::vector<std::pair<std::vector<std::string>, const T*>> MetricFamily<T>::Children() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::pair<std::vector<std::string>, const T*>> out;
  for (const auto& [labels, child] : children_) out.emplace_back(labels, child.get());
  return out;
}

template class MetricFamily<Counter>;
template class MetricFamily<Gauge>;
template class MetricFamily<Histogram>;

core::Status MetricsRegistry::CheckNew(const std::string& name,
                                       const std::vector<std::string>& labels) const {
  if (!IsValidName(name, true)) {
    return core::Fail(core::ErrorCode::kInternal, "the metric name " + name + " is not valid");
  }
  for (const auto& label : labels) {
    if (!IsValidName(label, false) || label == "le") {
      return core::Fail(core::ErrorCode::kInternal, "the label name " + label + " is not valid");
    }
  }
  if (families_.count(name)) {
    return core::Fail(core::ErrorCode::kInternal, "the metric " + name + " is registered twice");
  }
  return core::Ok();
}

core::Result<CounterFamily*> MetricsRegistry::AddCounter(const std::string& name,
                                                         const std::string& help,
                                                         std::vector<std::string> label_names) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto s = CheckNew(name, label_names); !s) return tl::unexpected(s.error());
  counters_.push_back(std::make_unique<CounterFamily>(name, help, std::move(label_names)));
  families_[name] = {MetricType::kCounter, counters_.back().get()};
  return counters_.back().get();
}

core::Result<GaugeFamily*> MetricsRegistry::AddGauge(const std::string& name,
                                                     const std::string& help,
                                                     std::vector<std::string> label_names) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto s = CheckNew(name, label_names); !s) return tl::unexpected(s.error());
  gauges_.push_back(std::make_unique<GaugeFamily>(name, help, std::move(label_names)));
  families_[name] = {MetricType::kGauge, gauges_.back().get()};
  return gauges_.back().get();
}

core::Result<HistogramFamily*> MetricsRegistry::AddHistogram(const std::string& name,
                                                             const std::string& help,
                                                             std::vector<double> bounds,
                                                             std::vector<std::string> label_names) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto s = CheckNew(name, label_names); !s) return tl::unexpected(s.error());
  if (bounds.empty()) {
    return core::Fail(core::ErrorCode::kInternal, "the histogram " + name + " has no buckets");
  }
  histograms_.push_back(
      std::make_unique<HistogramFamily>(name, help, std::move(label_names), std::move(bounds)));
  families_[name] = {MetricType::kHistogram, histograms_.back().get()};
  return histograms_.back().get();
}

std::map<std::string, MetricsRegistry::Entry> MetricsRegistry::Families() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return families_;
}

}  // namespace repopost::telemetry
