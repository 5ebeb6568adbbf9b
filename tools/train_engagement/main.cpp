// repopost-train-engagement: trains the engagement model and writes the model file. Deterministic:
// the same corpus and seed give a byte-identical file. Prints held-out metrics and the weights.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "corpus_reader.h"
#include "score/engagement_trainer.h"

namespace {

int Fail(const std::string& message) {
  std::cerr << message << "\n";
  return 2;
}

void PrintReport(const repopost::score::TrainingRun& run,
                 const repopost::score::TrainingOptions& o) {
  const auto& m = run.model;
  fmt::print("lambda (5-fold CV on train, mean Spearman):");
  for (std::size_t i = 0; i < o.lambdas.size(); ++i) {
    fmt::print(" {}={:.3f}", o.lambdas[i], run.cv_spearman[i]);
  }
  fmt::print("\nchosen lambda {}\n", m.ridge_lambda);
  fmt::print("held-out ({}): {} train / {} test rows\n", m.metrics.split, m.metrics.train_rows,
             m.metrics.test_rows);
  fmt::print("  Spearman {:.3f}, pairwise accuracy {:.3f}\n", m.metrics.spearman,
             m.metrics.pairwise_accuracy);
  fmt::print("grouped ({}):\n  Spearman {:.3f}, pairwise accuracy {:.3f}\n",
             m.metrics.grouped_split, m.metrics.grouped_spearman,
             m.metrics.grouped_pairwise_accuracy);
  fmt::print("within-author pairs of the held-out split: pairwise accuracy {:.3f} over {} pairs\n",
             m.metrics.within_author_pairwise_accuracy, m.metrics.within_author_pairs);
  fmt::print("band precision: low {:.2f}, medium {:.2f}, high {:.2f}\n", m.band_precision[0],
             m.band_precision[1], m.band_precision[2]);
  fmt::print("weights (per standard deviation of the feature):\n");
  for (std::size_t i = 0; i < m.features.size(); ++i) {
    fmt::print("  {:<24} {:+.4f}\n", m.features[i], m.weights[i]);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Train the repopost engagement model from the LinkedIn posts corpus."};
  std::string data_path, out_path;
  repopost::score::TrainingOptions options;
  app.add_option("--data", data_path, "annotated_data.csv of the LinkedIn posts corpus")
      ->required();
  app.add_option("--out", out_path, "model file to write (data/models/engagement-v1.json)")
      ->required();
  app.add_option("--seed", options.seed, "seed of the split and fold hashes");
  bool raw_target = false;
  app.add_flag("--raw-target", raw_target,
               "train on the raw target instead of the author-centred one (for comparison)");
  CLI11_PARSE(app, argc, argv);
  options.center_by_author = !raw_target;

  std::ifstream in(data_path, std::ios::binary);
  if (!in) return Fail("Cannot read " + data_path + ".");
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto corpus = repopost::tools::ReadLinkedInCorpus(buffer.str());
  if (!corpus) return Fail(corpus.error().message);
  fmt::print("corpus: {} posts ({} skipped)\n", corpus->posts.size(), corpus->skipped);

  auto run = repopost::score::TrainEngagementModel(corpus->posts, options);
  if (!run) return Fail(run.error().message);
  PrintReport(*run, options);

  std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
  out << run->model.ToJson();
  if (!out.flush()) return Fail("Cannot write " + out_path + ".");
  fmt::print("wrote {}\n", out_path);
  return 0;
}
