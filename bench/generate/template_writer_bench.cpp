// Time of TemplateWriter::Write on a rich FactSheet (and, for contrast, a thin one and one with a
// huge feature list). Prints numbers only; nothing asserts a time.
#include <benchmark/benchmark.h>

#include "fact_sheets.h"
#include "generate/template_writer.h"

namespace repopost::generate {
namespace {

void WriteSheet(benchmark::State& state, const core::FactSheet& sheet) {
  const TemplateWriter writer;
  PostOptions options;
  options.caption_asset = "video demo";
  std::uint64_t seed = 0;
  for (auto _ : state) {
    options.seed = seed++;
    options.style = static_cast<Style>(seed % 4);
    core::Result<Post> post = writer.Write(sheet, options);
    benchmark::DoNotOptimize(post);
  }
}

void BM_WriteRichCliTool(benchmark::State& state) { WriteSheet(state, testing::RichCliTool()); }
void BM_WriteLibraryWithBenchmarks(benchmark::State& state) {
  WriteSheet(state, testing::LibraryWithBenchmarks());
}
void BM_WriteThinRepo(benchmark::State& state) { WriteSheet(state, testing::ThinRepo()); }
void BM_WriteHugeFeatureList(benchmark::State& state) {
  WriteSheet(state, testing::HugeFeatureList());
}

BENCHMARK(BM_WriteRichCliTool)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_WriteLibraryWithBenchmarks)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_WriteThinRepo)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_WriteHugeFeatureList)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace repopost::generate

BENCHMARK_MAIN();
