// MetricsRegistry: counters, gauges and histograms with labels, rendered as Prometheus text
// (prometheus_text.h). Families are registered once; children are found by label values.
//
//   auto* requests = registry.AddCounter("repopost_generations_total", "Generations.", {"writer"});
//   requests->WithLabels({"template"}).Increment();
//
// Thread-safe: registration and child lookup take the registry's mutex; updating a child is
// lock-free for counters and gauges and takes the child's own mutex for histograms. Families and
// children live as long as the registry (pointers stay valid).
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/result.h"

namespace repopost::telemetry {

enum class MetricType { kCounter, kGauge, kHistogram };

class Counter {
 public:
  void Increment(double by = 1.0);  // REQUIRES: by >= 0 (negative values are ignored)
  double Value() const { return value_.load(); }

 private:
  std::atomic<double> value_{0.0};
};

class Gauge {
 public:
  void Set(double value) { value_.store(value); }
  void Add(double by);
  double Value() const { return value_.load(); }

 private:
  std::atomic<double> value_{0.0};
};

class Histogram {
 public:
  explicit Histogram(std::vector<double> bounds);  // sorted upper bounds, +Inf implied
  void Observe(double value);
  struct Snapshot {
    std::vector<double> bounds;
    std::vector<std::uint64_t> cumulative;  // per bound, then +Inf
    double sum = 0.0;
    std::uint64_t count = 0;
  };
  Snapshot Read() const;

 private:
  mutable std::mutex mutex_;
  std::vector<double> bounds_;
  std::vector<std::uint64_t> counts_;  // per bucket (not cumulative), last = above all bounds
  double sum_ = 0.0;
  std::uint64_t count_ = 0;
};

template <typename T>
class MetricFamily {
 public:
  MetricFamily(std::string name, std::string help, std::vector<std::string> label_names,
               std::vector<double> bounds = {})
      : name_(std::move(name)),
        help_(std::move(help)),
        label_names_(std::move(label_names)),
        bounds_(std::move(bounds)) {}
  // The child for these label values (one per label name; missing values are ""), created on
  // first use.
  T& WithLabels(const std::vector<std::string>& values);
  T& Default() { return WithLabels({}); }

  const std::string& name() const { return name_; }
  const std::string& help() const { return help_; }
  const std::vector<std::string>& label_names() const { return label_names_; }
  // Children sorted by label values, for exposition.
  std::vector<std::pair<std::vector<std::string>, const T*>> Children() const;

 private:
  std::string name_, help_;
  std::vector<std::string> label_names_;
  std::vector<double> bounds_;
  mutable std::mutex mutex_;
  std::map<std::vector<std::string>, std::unique_ptr<T>> children_;
};

using CounterFamily = MetricFamily<Counter>;
using GaugeFamily = MetricFamily<Gauge>;
using HistogramFamily = MetricFamily<Histogram>;

class MetricsRegistry {
 public:
  // kInternal when the name or a label name is not a valid Prometheus name or the name is taken
  // (a programming error, reported rather than crashing).
  core::Result<CounterFamily*> AddCounter(const std::string& name, const std::string& help,
                                          std::vector<std::string> label_names = {});
  core::Result<GaugeFamily*> AddGauge(const std::string& name, const std::string& help,
                                      std::vector<std::string> label_names = {});
  core::Result<HistogramFamily*> AddHistogram(const std::string& name, const std::string& help,
                                              std::vector<double> bounds,
                                              std::vector<std::string> label_names = {});

  struct Entry {
    MetricType type;
    const void* family;  // CounterFamily*, GaugeFamily* or HistogramFamily* by type
  };
  // Every family by name, for exposition.
  std::map<std::string, Entry> Families() const;

 private:
  core::Status CheckNew(const std::string& name, const std::vector<std::string>& labels) const;

  mutable std::mutex mutex_;
  std::map<std::string, Entry> families_;
  std::vector<std::unique_ptr<CounterFamily>> counters_;
  std::vector<std::unique_ptr<GaugeFamily>> gauges_;
  std::vector<std::unique_ptr<HistogramFamily>> histograms_;
};

}  // namespace repopost::telemetry
