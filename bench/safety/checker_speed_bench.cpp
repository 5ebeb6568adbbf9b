// Claim checker speed (DESIGN.md budget: a 20-claim post against a 5,000-chunk index < 10 ms).
// The repository is synthetic: sections of README-like prose built from the repo-docs READMEs'
// vocabulary, enough of them for the index to hold at least 5,000 chunks.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>

#include "safety/claim_checker.h"

namespace rp = repopost;

namespace {

constexpr const char* kWords[] = {
    "fast",     "index",   "query",   "storage", "library",  "server",  "client",  "model",
    "token",    "stream",  "buffer",  "cache",   "thread",   "parser",  "search",  "filter",
    "binary",   "plugin",  "config",  "release", "memory",   "format",  "engine",  "driver",
    "kernel",   "layer",   "vector",  "request", "response", "compile", "install", "terminal",
    "window",   "preview", "history", "command", "option",   "module",  "package", "support",
    "platform", "network", "backend"};

std::string Sentence(std::mt19937& rng, int n) {
  std::uniform_int_distribution<int> word(0, static_cast<int>(std::size(kWords)) - 1);
  std::uniform_int_distribution<int> num(1, 5000);
  std::string s = "The";
  for (int i = 0; i < n; ++i) {
    s += ' ';
    s += kWords[word(rng)];
    if (i == n / 2) s += " " + std::to_string(num(rng)) + " ms";
  }
  return s + ".";
}

rp::core::FactSheet Synthetic(int sections) {
  std::mt19937 rng(42);
  rp::core::FactSheet sheet;
  rp::core::Document doc;
  doc.kind = rp::core::SourceKind::kReadme;
  doc.title = "README.md";
  doc.provenance.path = "README.md";
  doc.provenance.line_begin = 1;
  for (int i = 0; i < sections; ++i) {
    doc.text += "## Section " + std::to_string(i) + "\n\n";
    for (int k = 0; k < 4; ++k) doc.text += Sentence(rng, 12) + " ";
    doc.text += "\n\n";
  }
  sheet.AddDocument(doc);
  rp::core::Provenance git;
  git.field = "git:history";
  sheet.Add(rp::core::FactKind::kProjectName, "synthetic", git);
  sheet.Add(rp::core::FactKind::kCommitCount, "10432", git);
  return sheet;
}

std::string Post20(const rp::core::FactSheet& sheet) {
  // Ten claims copied from the repository (supported) and ten made up (unsupported).
  std::mt19937 rng(7);
  std::string post = "synthetic has 10,432 commits.\n\n";
  const std::string& text = sheet.documents[0].text;
  std::size_t pos = 0;
  for (int i = 0; i < 9; ++i) {
    pos = text.find("The ", pos + 5000);
    post += "\u2022 " + text.substr(pos, text.find('.', pos) - pos + 1) + "\n";
  }
  for (int i = 0; i < 10; ++i) post += "\u2022 " + Sentence(rng, 10) + " Trusted by Netflix.\n";
  return post + "\nTry it!\n#OpenSource";
}

struct Fixture {
  rp::core::FactSheet sheet = Synthetic(5200);
  std::optional<rp::safety::ClaimChecker> checker;
  std::string post;
  Fixture() {
    auto c = rp::safety::ClaimChecker::Create(sheet);
    if (!c) {
      std::fprintf(stderr, "%s\n", c.error().message.c_str());
      std::exit(1);
    }
    checker.emplace(std::move(*c));
    post = Post20(sheet);
  }
};

Fixture& Shared() {
  static Fixture f;
  return f;
}

void BM_Check20ClaimPost(benchmark::State& state) {
  Fixture& f = Shared();
  std::size_t claims = 0;
  for (auto _ : state) {
    const rp::safety::SafetyReport r = f.checker->Check(f.post);
    claims = r.claims.size();
    benchmark::DoNotOptimize(r.confidence);
  }
  state.counters["segments"] = static_cast<double>(claims);
}
BENCHMARK(BM_Check20ClaimPost)->Unit(benchmark::kMillisecond);

void BM_Repair20ClaimPost(benchmark::State& state) {
  Fixture& f = Shared();
  for (auto _ : state) benchmark::DoNotOptimize(f.checker->Repair(f.post).text.size());
}
BENCHMARK(BM_Repair20ClaimPost)->Unit(benchmark::kMillisecond);

void BM_CreateChecker5000Chunks(benchmark::State& state) {
  Fixture& f = Shared();
  for (auto _ : state)
    benchmark::DoNotOptimize(rp::safety::ClaimChecker::Create(f.sheet).has_value());
}
BENCHMARK(BM_CreateChecker5000Chunks)->Unit(benchmark::kMillisecond)->Iterations(2);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  Fixture& f = Shared();
  auto index = rp::index::RepoIndex::Build(f.sheet, rp::index::IndexOptions{});
  std::printf("index chunks: %zu; post segments: %zu\n", index ? index->chunks().size() : 0,
              f.checker->Check(f.post).claims.size());
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}
