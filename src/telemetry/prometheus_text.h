// PrometheusText: the text exposition format (version 0.0.4) of a MetricsRegistry, as served on
// GET /metrics: one # HELP and one # TYPE line per family, escaped label values, histogram
// _bucket{le=…} (cumulative, ending in +Inf), _sum and _count.
#pragma once

#include <string>

#include "telemetry/metrics_registry.h"

namespace repopost::telemetry {

inline constexpr const char* kPrometheusContentType = "text/plain; version=0.0.4; charset=utf-8";

std::string PrometheusText(const MetricsRegistry& registry);

}  // namespace repopost::telemetry
