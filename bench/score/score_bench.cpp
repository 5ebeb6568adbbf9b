// Time to score a post (quality rubric), to estimate its engagement, to rank five hook
// alternatives, and to diff two versions. Prints numbers; asserts nothing.
#include <benchmark/benchmark.h>

#include "export/version_diff.h"
#include "score/engagement_model.h"
#include "score/quality_scorer.h"

namespace {

const char* kPost =
    "What does it take to store 1 billion keys in 4 GB?\n\n"
    "leveldb is a key-value store from Google, written in C++ with no server.\n\n"
    "\xE2\x80\xA2 Put(), Get() and Delete() on sorted byte strings\n"
    "\xE2\x80\xA2 Atomic WriteBatch updates across many keys\n"
    "\xE2\x80\xA2 Snapshots give a consistent read view\n"
    "\xE2\x80\xA2 Compression with Snappy or Zstd\n\n"
    "Release 1.23 added support for CMake builds and cleaned up the port layer, and the "
    "benchmark in the README reports 400,000 random writes per second on a 2011 laptop with an "
    "SSD. The code is small: the core lives in db/ and table/, about 20,000 lines.\n\n"
    "It powers Chrome's IndexedDB and is a good read if you want to learn how an LSM tree works "
    "from a real codebase rather than a paper.\n\n"
    "Try the db_bench tool and tell me what numbers you get.\n\n"
    "#OpenSource #CPlusPlus #Databases";

void BM_ScoreQuality(benchmark::State& state) {
  for (auto _ : state) {
    auto q = repopost::score::ScoreQuality({.text = kPost, .safety_confidence = 0.9});
    benchmark::DoNotOptimize(q.total);
  }
}
BENCHMARK(BM_ScoreQuality)->Unit(benchmark::kMicrosecond);

void BM_EstimateEngagement(benchmark::State& state) {
  auto model = repopost::score::EngagementModel::Embedded();
  if (!model) {
    state.SkipWithError(model.error().message.c_str());
    return;
  }
  for (auto _ : state) {
    auto e = model->Estimate(kPost);
    benchmark::DoNotOptimize(e.raw);
  }
}
BENCHMARK(BM_EstimateEngagement)->Unit(benchmark::kMicrosecond);

void BM_RankFiveHooks(benchmark::State& state) {
  auto model = repopost::score::EngagementModel::Embedded();
  if (!model) {
    state.SkipWithError(model.error().message.c_str());
    return;
  }
  std::vector<std::string> hooks = {
      "What does it take to store 1 billion keys in 4 GB?",
      "leveldb writes 400,000 random keys per second on a 2011 laptop.",
      "leveldb began with one commit in 2011. 1,700 commits later, it powers Chrome.",
      "You don't need a database server to store a billion keys.",
      "There is something satisfying about a storage engine you can read in a weekend."};
  for (auto _ : state) {
    auto ranked = model->RankHooks(hooks, kPost);
    benchmark::DoNotOptimize(ranked.data());
  }
}
BENCHMARK(BM_RankFiveHooks)->Unit(benchmark::kMicrosecond);

void BM_LoadEmbeddedModel(benchmark::State& state) {
  for (auto _ : state) {
    auto model = repopost::score::EngagementModel::Embedded();
    benchmark::DoNotOptimize(model.has_value());
  }
}
BENCHMARK(BM_LoadEmbeddedModel)->Unit(benchmark::kMicrosecond);

void BM_DiffVersions(benchmark::State& state) {
  std::string after = kPost;
  after.replace(0, 50, "How does leveldb fit 1 billion keys in 4 GB of disk?");
  after += "\n\nOne more line at the end.";
  for (auto _ : state) {
    auto d = repopost::exports::DiffVersions({.before = kPost, .after = after});
    benchmark::DoNotOptimize(d.runs.data());
  }
}
BENCHMARK(BM_DiffVersions)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
