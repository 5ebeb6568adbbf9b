// profile_bench: the project profile's share of an offline generation, per repository.
//
//   profile_bench [--runs N] PATH...   (default: the cached 10,000-commit bench repository)
//
// For each repository prints the median wall time of ingest alone, of BuildProfile +
// ProfileSheet on the ingested sheet, and of a whole offline `generate` (a fresh service each
// run, so nothing is cached), and the profile's share of the generation. Issue budget: the
// profile adds at most 20% to offline generate time. Prints numbers; asserts nothing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "app/generation_service.h"
#include "ingest/ingest.h"
#include "profile/profile_builder.h"
#include "profile/profile_sheet.h"

namespace {

using Clock = std::chrono::steady_clock;

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.empty() ? 0 : v[v.size() / 2];
}

double Ms(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

int Run(const std::string& path, int runs) {
  std::vector<double> ingest_ms, profile_ms, generate_ms;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    auto sheet = repopost::ingest::IngestPath(path, repopost::ingest::IngestOptions{});
    const auto t1 = Clock::now();
    if (!sheet) {
      std::fprintf(stderr, "%s: %s\n", path.c_str(), sheet.error().message.c_str());
      return 1;
    }
    const auto profile = repopost::profile::BuildProfile(*sheet);
    const auto facts = repopost::profile::ProfileSheet(profile, *sheet);
    const auto t2 = Clock::now();
    repopost::app::GenerationService service(repopost::app::AppConfig{});
    repopost::app::GenerateRequest request;
    request.source.location = path;
    request.offline = true;
    auto result = service.Generate(request);
    const auto t3 = Clock::now();
    if (!result) {
      std::fprintf(stderr, "%s: %s\n", path.c_str(), result.error().message.c_str());
      return 1;
    }
    ingest_ms.push_back(Ms(t0, t1));
    profile_ms.push_back(Ms(t1, t2));
    generate_ms.push_back(Ms(t2, t3));
    (void)facts;
  }
  const double p = Median(profile_ms), g = Median(generate_ms);
  std::printf("%-48s ingest %8.1f ms  profile %6.2f ms  generate %8.1f ms  profile share %5.1f%%\n",
              std::filesystem::path(path).filename().string().c_str(), Median(ingest_ms), p, g,
              g > 0 ? 100.0 * p / g : 0.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 5;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty()) {
    const std::string cached = std::string(REPOPOST_BENCH_CACHE) + "/ingest-10000c-2000f/repo";
    if (!std::filesystem::exists(cached)) {
      std::fprintf(stderr, "no path given and %s is absent: run bench/ingest/ingest_bench first\n",
                   cached.c_str());
      return 1;
    }
    paths.push_back(cached);
  }
  int status = 0;
  for (const std::string& path : paths) status |= Run(path, runs);
  return status;
}
