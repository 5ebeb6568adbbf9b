// `repopost metrics [--days N] [--format text|json|prometheus]`: per-day totals and rates of the
// stored generations, and the alerts the newest day raises.
#include <CLI/CLI.hpp>
#include <iomanip>
#include <iostream>

#include "app/metrics_report.h"
#include "cli/command.h"
#include "cli/error_output.h"
#include "cli/store_flags.h"

namespace repopost::cli {
namespace {

struct MetricsFlags {
  StoreFlags store;
  int days = 30;
};

int Run(const MetricsFlags& flags) {
  const std::string& format = flags.store.format;
  if (format != "text" && format != "json" && format != "prometheus") {
    return ReportError({core::ErrorCode::kUsage, "--format must be one of text|json|prometheus"},
                       false);
  }
  auto context = OpenContext(flags.store);
  if (!context) return ReportError(context.error(), flags.store.as_json());
  auto report =
      app::BuildMetricsReport((*context)->store().stats(), flags.days, telemetry::AlertThresholds{},
                              std::chrono::system_clock::now());
  if (!report) return ReportError(report.error(), flags.store.as_json());
  if (format == "json") {
    std::cout << app::MetricsReportToJson(*report).dump(2) << "\n";
  } else if (format == "prometheus") {
    std::cout << app::MetricsReportToPrometheus(*report);
  } else {
    std::cout << "day         posts  mean s  fallback  unsupported  policy  safety  errors\n";
    for (const auto& d : report->days) {
      std::cout << d.day << std::fixed << std::setprecision(2) << std::setw(7) << d.generations
                << std::setw(8) << d.mean_generation_ms / 1000.0 << std::setw(10)
                << d.FallbackRate() << std::setw(13) << d.UnsupportedClaimShare() << std::setw(8)
                << d.policy_hits << std::setw(8) << d.mean_safety_confidence << std::setw(8)
                << d.ErrorRate() << "\n";
    }
    if (report->days.empty()) std::cout << "(no generations stored in this period)\n";
    for (const auto& alert : report->alerts) {
      std::cout << telemetry::ToString(alert.level) << ": " << alert.message << "\n";
    }
  }
  return 0;
}

}  // namespace

void AddMetricsCommand(CLI::App& root, CommandOutcome& outcome) {
  auto flags = std::make_shared<MetricsFlags>();
  CLI::App* cmd =
      root.add_subcommand("metrics", "Per-day totals, rates and alerts of stored generations");
  cmd->add_option("--days", flags->days, "How many days back (1-3660)");
  AddStoreFlags(*cmd, flags->store, /*with_format=*/false);
  cmd->add_option("--format", flags->store.format, "Output format: text|json|prometheus");
  cmd->callback([flags, &outcome] { outcome.exit_code = Run(*flags); });
}

}  // namespace repopost::cli
