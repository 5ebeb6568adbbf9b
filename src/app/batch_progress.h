// BatchProgress: where a batch job stands, and its two renderings: a one-line bar redrawn in
// place on a terminal, and plain lines for logs and pipes.
//
//   [#########...........]  45/200 done, 2 failed, 12.3 items/s, ETA 13s
//   batch b_1a2b: 45/200 done, 2 failed, 3 running, 12.3 items/s, ETA 13s
#pragma once

#include <chrono>
#include <string>

#include "store/batch_store.h"

namespace repopost::app {

struct BatchProgress {
  std::string job_id;
  int total = 0;
  int done = 0;
  int failed = 0;  // dead-lettered
  int running = 0;
  int finished_this_run = 0;  // done + failed since this process started, for the rate
  std::chrono::duration<double> elapsed{0};

  static BatchProgress FromJob(const store::BatchJob& job, int finished_at_start,
                               std::chrono::duration<double> elapsed);
  bool IsFinished() const { return done + failed == total; }
  double ItemsPerSecond() const;
  // Remaining items over the current rate; negative when unknown (nothing finished yet).
  double EtaSeconds() const;
};

// "[####....]  45/200 done, 2 failed, 12.3 items/s, ETA 13s", `width` bar cells.
std::string FormatProgressBar(const BatchProgress& progress, int width = 30);
// "batch b_…: 45/200 done, 2 failed, 3 running, 12.3 items/s, ETA 13s".
std::string FormatProgressLine(const BatchProgress& progress);

}  // namespace repopost::app
