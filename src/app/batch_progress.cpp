#include "app/batch_progress.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace repopost::app {
namespace {

std::string FormatEta(double seconds) {
  if (seconds < 0) return "ETA --";
  const long long s = std::llround(seconds);
  if (s < 60) return fmt::format("ETA {}s", s);
  if (s < 3600) return fmt::format("ETA {}m{:02}s", s / 60, s % 60);
  return fmt::format("ETA {}h{:02}m", s / 3600, (s % 3600) / 60);
}

std::string Counts(const BatchProgress& p, bool with_running) {
  std::string text = fmt::format("{}/{} done, {} failed", p.done, p.total, p.failed);
  if (with_running) text += fmt::format(", {} running", p.running);
  text += fmt::format(", {:.1f} items/s, {}", p.ItemsPerSecond(),
                      p.IsFinished() ? std::string("finished") : FormatEta(p.EtaSeconds()));
  return text;
}

}  // namespace

BatchProgress BatchProgress::FromJob(const store::BatchJob& job, int finished_at_start,
                                     std::chrono::duration<double> elapsed) {
  BatchProgress p;
  p.job_id = job.id;
  p.total = job.queued + job.running + job.done + job.dead;
  p.done = job.done;
  p.failed = job.dead;
  p.running = job.running;
  p.finished_this_run = std::max(0, job.done + job.dead - finished_at_start);
  p.elapsed = elapsed;
  return p;
}

double BatchProgress::ItemsPerSecond() const {
  return elapsed.count() > 0 ? finished_this_run / elapsed.count() : 0.0;
}

double BatchProgress::EtaSeconds() const {
  const double rate = ItemsPerSecond();
  if (rate <= 0) return -1;
  return (total - done - failed) / rate;
}

std::string FormatProgressBar(const BatchProgress& progress, int width) {
  const int cells = std::max(1, width);
  const int filled = progress.total > 0
                         ? static_cast<int>(static_cast<long long>(cells) *
                                            (progress.done + progress.failed) / progress.total)
                         : 0;
  return "[" + std::string(filled, '#') + std::string(cells - filled, '.') + "] " +
         Counts(progress, /*with_running=*/false);
}

std::string FormatProgressLine(const BatchProgress& progress) {
  return "batch " + progress.job_id + ": " + Counts(progress, /*with_running=*/true);
}

}  // namespace repopost::app
