// store_bench [N]: stores N generations (default 10,000), each with a first version and safety
// report (5 claims), one refinement and one feedback, on SQLite (a file) and on a throw-away
// PostgreSQL cluster (asynchronous commit; then fully durable with N/10, which is fsync-bound);
// then pages through the whole history and computes the
// daily metrics. Prints throughput; asserts nothing about time.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "pg_cluster/pg_cluster.h"
#include "store/store.h"

using namespace repopost;
using Clock = std::chrono::steady_clock;

namespace {

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

bool Fail(const core::Error& error) {
  std::fprintf(stderr, "store_bench: %s\n", error.message.c_str());
  return false;
}

bool Run(const std::string& label, const std::string& url, int n) {
  auto opened = store::OpenStore(url);
  if (!opened) return Fail(opened.error());
  store::Store& s = **opened;
  auto start = Clock::now();
  for (int i = 0; i < n; ++i) {
    store::Generation g{"",
                        "",
                        "growth",
                        "balanced",
                        "curiosity",
                        i % 3 ? "llm" : "template",
                        i % 3 ? "groq" : "template",
                        "writer/v1",
                        800 + i % 900,
                        i % 7 == 0,
                        {}};
    store::PostVersion v;
    v.text = "Post " + std::to_string(i) + ": a release with grounded facts.\n\nMore text here.";
    v.hashtags = {"#OpenSource", "#Cpp", "#DevTools"};
    v.quality_score = 60 + i % 40;
    v.safety_confidence = 0.8;
    v.safety = store::SafetyReportRecord{"consistent", 0.8, 0, i % 10 == 0 ? 1 : 0, {}};
    for (int c = 0; c < 5; ++c)
      v.safety->claims.push_back({"claim", "supported", {"README.md#L1"}});
    auto created = s.generations().CreateGeneration(g, v);
    if (!created) return Fail(created.error());
    store::PostVersion refined = created->first_version;
    refined.id.clear();
    refined.parent_id = created->first_version.id;
    refined.reason = store::VersionReason::kRefine;
    auto added = s.generations().AddVersion(refined);
    if (!added) return Fail(added.error());
    auto feedback = s.feedback().AddFeedback(
        {"", added->id, "", static_cast<store::FeedbackType>(i % 5), 1 + i % 5, "", {}});
    if (!feedback) return Fail(feedback.error());
  }
  double write_s = Seconds(start);

  start = Clock::now();
  int pages = 0, rows = 0;
  std::string before;
  while (true) {
    auto page = s.generations().ListHistory({100, "", before});
    if (!page) return Fail(page.error());
    if (page->empty()) break;
    ++pages;
    rows += static_cast<int>(page->size());
    before = page->back().generation.id;
  }
  double history_s = Seconds(start);

  start = Clock::now();
  constexpr int kMetricQueries = 20;
  for (int q = 0; q < kMetricQueries; ++q) {
    auto now = std::chrono::system_clock::now();
    auto days =
        s.stats().DailyTotals(now - std::chrono::hours(24 * 30), now + std::chrono::hours(1));
    if (!days) return Fail(days.error());
  }
  double metrics_s = Seconds(start);

  std::printf(
      "%-10s write: %d generations (2 versions, 5 claims, 1 feedback each) in %.2f s = "
      "%.0f generations/s (%.0f transactions/s)\n",
      label.c_str(), n, write_s, n / write_s, 3 * n / write_s);
  std::printf("%-10s history: %d rows in %d pages of 100 in %.3f s = %.0f pages/s\n", label.c_str(),
              rows, pages, history_s, pages / history_s);
  std::printf("%-10s metrics: 30-day daily totals over %d generations: %.1f ms per query\n",
              label.c_str(), n, 1000.0 * metrics_s / kMetricQueries);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  setvbuf(stdout, nullptr, _IOLBF, 0);
  int n = argc > 1 ? std::atoi(argv[1]) : 10000;
  if (n <= 0) {
    std::fprintf(stderr, "usage: store_bench [GENERATIONS]\n");
    return 1;
  }
  auto dir =
      std::filesystem::temp_directory_path() / ("repopost-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  bool ok = Run("sqlite", "sqlite:" + (dir / "bench.db").string(), n);
  std::filesystem::remove_all(dir);
  // PostgreSQL twice: with asynchronous commit (the durability SQLite's WAL + synchronous=NORMAL
  // gives: a crash of the process loses nothing, an OS crash may lose the last commits), and
  // fully durable (every commit waits for an fsync, so this measures the disk).
  struct Mode {
    const char* label;
    testing::PgDurability durability;
  };
  for (Mode mode : {Mode{"pg-async", testing::PgDurability::kAsyncCommit},
                    Mode{"pg-durable", testing::PgDurability::kFull}}) {
    auto cluster = testing::PgCluster::Start({mode.durability});
    if (!cluster) return Fail(cluster.error()) ? 0 : 4;
    auto url = (*cluster)->CreateDatabase("bench");
    if (!url) return Fail(url.error()) ? 0 : 4;
    ok = Run(mode.label, *url, mode.durability == testing::PgDurability::kFull ? n / 10 : n) && ok;
  }
  return ok ? 0 : 4;
}
