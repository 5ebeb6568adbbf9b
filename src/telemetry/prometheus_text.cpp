#include "telemetry/prometheus_text.h"

#include <charconv>
#include <cmath>

namespace repopost::telemetry {
namespace {

std::string Number(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  return std::string(buffer, end);
}

// HELP text escapes backslash and newline; label values also escape the double quote.
std::string Escape(const std::string& text, bool is_label) {
  std::string out;
  for (char c : text) {
    if (c == '\\')
      out += "\\\\";
    else if (c == '\n')
      out += "\\n";
    else if (c == '"' && is_label)
      out += "\\\"";
    else
      out += c;
  }
  return out;
}

std::string Labels(const std::vector<std::string>& names, const std::vector<std::string>& values,
                   const std::string& extra = "") {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (!out.empty()) out += ',';
    out += names[i] + "=\"" + Escape(values[i], true) + "\"";
  }
  if (!extra.empty()) out += (out.empty() ? "" : ",") + extra;
  return out.empty() ? "" : "{" + out + "}";
}

template <typename Family>
void Header(std::string& out, const Family& family, const char* type) {
  out += "# HELP " + family.name() + " " + Escape(family.help(), false) + "\n";
  out += "# TYPE " + family.name() + " " + type + "\n";
}

template <typename Family>
void Simple(std::string& out, const Family& family, const char* type) {
  Header(out, family, type);
  for (const auto& [values, child] : family.Children()) {
    out +=
        family.name() + Labels(family.label_names(), values) + " " + Number(child->Value()) + "\n";
  }
}

void Histograms(std::string& out, const HistogramFamily& family) {
  Header(out, family, "histogram");
  for (const auto& [values, child] : family.Children()) {
    Histogram::Snapshot snap = child->Read();
    for (std::size_t i = 0; i <= snap.bounds.size(); ++i) {
      std::string le = i < snap.bounds.size() ? Number(snap.bounds[i]) : "+Inf";
      out += family.name() + "_bucket" + Labels(family.label_names(), values, "le=\"" + le + "\"") +
             " " + std::to_string(snap.cumulative[i]) + "\n";
    }
    std::string labels = Labels(family.label_names(), values);
    out += family.name() + "_sum" + labels + " " + Number(snap.sum) + "\n";
    out += family.name() + "_count" + labels + " " + std::to_string(snap.count) + "\n";
  }
}

}  // namespace

std::string PrometheusText(const MetricsRegistry& registry) {
  std::string out;
  for (const auto& [name, entry] : registry.Families()) {
    switch (entry.type) {
      case MetricType::kCounter:
        Simple(out, *static_cast<const CounterFamily*>(entry.family), "counter");
        break;
      case MetricType::kGauge:
        Simple(out, *static_cast<const GaugeFamily*>(entry.family), "gauge");
        break;
      case MetricType::kHistogram:
        Histograms(out, *static_cast<const HistogramFamily*>(entry.family));
        break;
    }
  }
  return out;
}

}  // namespace repopost::telemetry
