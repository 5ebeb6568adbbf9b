#include "score/engagement_trainer.h"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "score/rank_metrics.h"
#include "score/ridge_regression.h"

namespace repopost::score {
namespace {

constexpr std::size_t kMinPosts = 50;
constexpr std::uint64_t kHoldOutModulus = 5;  // 1 in 5 held out
constexpr std::size_t kFolds = 5;
constexpr double kClipQuantile = 0.01;

std::uint64_t Hash(std::string_view key, std::uint64_t seed) {
  return XXH64(key.data(), key.size(), seed);
}

std::string RowKey(const TrainingPost& p) { return fmt::format("{}|{}", p.text, p.followers); }

struct Dataset {
  std::vector<std::vector<double>> x;
  std::vector<double> y;
  std::vector<std::string> author;
};

void Add(Dataset& d, const std::vector<double>& x, double y, const std::string& author = "") {
  d.x.push_back(x);
  d.y.push_back(y);
  d.author.push_back(author);
}

// Subtracts each author's mean target, so the model learns what makes a post do better than its
// author's usual, not which accounts have high per-follower rates (smaller accounts do).
void CenterByAuthor(Dataset& d) {
  std::map<std::string, std::pair<double, std::size_t>> sums;
  for (std::size_t i = 0; i < d.y.size(); ++i) {
    sums[d.author[i]].first += d.y[i];
    sums[d.author[i]].second += 1;
  }
  for (std::size_t i = 0; i < d.y.size(); ++i) {
    const auto& [sum, n] = sums[d.author[i]];
    d.y[i] -= sum / static_cast<double>(n);
  }
}

// Pairwise accuracy over pairs of posts by the same author (tied predictions count one half).
std::pair<double, std::size_t> WithinAuthorPairwise(const std::vector<double>& pred,
                                                    const Dataset& d) {
  double agree = 0;
  std::size_t pairs = 0;
  for (std::size_t i = 0; i < pred.size(); ++i) {
    for (std::size_t j = i + 1; j < pred.size(); ++j) {
      if (d.author[i] != d.author[j] || d.y[i] == d.y[j]) continue;
      ++pairs;
      const double dp = pred[i] - pred[j], dt = d.y[i] - d.y[j];
      agree += dp == 0 ? 0.5 : ((dp > 0) == (dt > 0) ? 1.0 : 0.0);
    }
  }
  return {pairs == 0 ? 0.5 : agree / static_cast<double>(pairs), pairs};
}

std::vector<double> PredictAll(const RidgeFit& fit, const Dataset& d) {
  std::vector<double> out;
  out.reserve(d.x.size());
  for (const auto& row : d.x) out.push_back(fit.Predict(row));
  return out;
}

// Value at fraction q of the sorted values (linear interpolation).
double Quantile(std::vector<double> sorted, double q) {
  std::sort(sorted.begin(), sorted.end());
  const double pos = q * static_cast<double>(sorted.size() - 1);
  const std::size_t lo = static_cast<std::size_t>(std::floor(pos));
  const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (pos - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

int Band(double v, double low_below, double high_above) {
  return v < low_below ? 0 : v > high_above ? 2 : 1;
}

// Mean Spearman over k folds of the training rows (fold by a second hash of the row key).
core::Result<double> CrossValidate(const Dataset& train, const std::vector<std::uint64_t>& fold_of,
                                   double lambda) {
  double total = 0;
  for (std::size_t f = 0; f < kFolds; ++f) {
    Dataset in, out;
    for (std::size_t i = 0; i < train.x.size(); ++i) {
      Add(fold_of[i] == f ? out : in, train.x[i], train.y[i]);
    }
    auto fit = FitRidge(in.x, in.y, lambda);
    if (!fit) return tl::unexpected(fit.error());
    total += SpearmanCorrelation(PredictAll(*fit, out), out.y);
  }
  return total / static_cast<double>(kFolds);
}

struct Evaluation {
  RidgeFit fit;
  double lambda = 0;
  std::vector<double> cv;
  std::vector<double> test_pred;
  Dataset test;
  std::size_t train_rows = 0;
};

// Chooses lambda by CV on `train`, fits on all of `train`, predicts `test`.
core::Result<Evaluation> Evaluate(const Dataset& train, const std::vector<std::uint64_t>& fold_of,
                                  const Dataset& test, const std::vector<double>& lambdas) {
  Evaluation e;
  double best = -2;
  for (double lambda : lambdas) {
    auto cv = CrossValidate(train, fold_of, lambda);
    if (!cv) return tl::unexpected(cv.error());
    e.cv.push_back(*cv);
    if (*cv > best) {
      best = *cv;
      e.lambda = lambda;
    }
  }
  auto fit = FitRidge(train.x, train.y, e.lambda);
  if (!fit) return tl::unexpected(fit.error());
  e.fit = std::move(*fit);
  e.test = test;
  e.test_pred = PredictAll(e.fit, test);
  e.train_rows = train.x.size();
  return e;
}

}  // namespace

double EngagementTarget(const TrainingPost& post) {
  return std::log((post.reactions + post.comments + 1.0) / post.followers);
}

core::Result<TrainingRun> TrainEngagementModel(const std::vector<TrainingPost>& posts,
                                               const TrainingOptions& options) {
  if (posts.size() < kMinPosts) {
    return core::Fail(
        core::ErrorCode::kInput,
        fmt::format("Training needs at least {} posts, got {}.", kMinPosts, posts.size()));
  }
  Dataset train, test, group_train, group_test;
  std::vector<std::uint64_t> folds, group_folds;
  for (const TrainingPost& p : posts) {
    if (!(p.followers > 0)) {
      return core::Fail(core::ErrorCode::kInput, "A training post has no follower count.");
    }
    const std::vector<double> x = EngagementFeatures::Of(p.text, p.media);
    const double y = EngagementTarget(p);
    const std::string key = RowKey(p);
    const std::uint64_t fold = Hash(key, options.seed + 1) % kFolds;
    if (Hash(key, options.seed) % kHoldOutModulus == 0) {
      Add(test, x, y, p.author);
    } else {
      Add(train, x, y, p.author);
      folds.push_back(fold);
    }
    if (Hash(p.author, options.seed) % kHoldOutModulus == 0) {
      Add(group_test, x, y);
    } else {
      Add(group_train, x, y, p.author);
      group_folds.push_back(Hash(p.author, options.seed + 1) % kFolds);
    }
  }
  if (test.x.size() < 10 || group_test.x.size() < 10) {
    return core::Fail(core::ErrorCode::kInput, "Too few posts fell into the held-out split.");
  }

  // Clip ranges from the training rows; applied to every row before fitting and at run time.
  std::vector<double> clip_low, clip_high;
  for (std::size_t j = 0; j < train.x[0].size(); ++j) {
    std::vector<double> column;
    for (const auto& row : train.x) column.push_back(row[j]);
    clip_low.push_back(Quantile(column, kClipQuantile));
    clip_high.push_back(Quantile(column, 1.0 - kClipQuantile));
  }
  for (Dataset* d : {&train, &test, &group_train, &group_test}) {
    for (auto& row : d->x) {
      for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = std::clamp(row[j], clip_low[j], clip_high[j]);
    }
  }
  if (options.center_by_author) {
    CenterByAuthor(train);
    CenterByAuthor(group_train);
  }
  auto row = Evaluate(train, folds, test, options.lambdas);
  if (!row) return tl::unexpected(row.error());
  auto grouped = Evaluate(group_train, group_folds, group_test, options.lambdas);
  if (!grouped) return tl::unexpected(grouped.error());

  TrainingRun run;
  run.cv_spearman = row->cv;
  EngagementModel& m = run.model;
  m.name = options.name;
  for (std::string_view n : EngagementFeatures::Names()) m.features.emplace_back(n);
  m.means = row->fit.means;
  m.scales = row->fit.scales;
  m.weights = row->fit.weights;
  m.clip_low = clip_low;
  m.clip_high = clip_high;
  m.intercept = row->fit.intercept;
  m.ridge_lambda = row->lambda;
  m.centered_by_author = options.center_by_author;

  // Bands: terciles of held-out predictions; precision against terciles of held-out truth.
  const std::vector<double>& pred = row->test_pred;
  const std::vector<double>& truth = row->test.y;
  m.low_below = Quantile(pred, 1.0 / 3.0);
  m.high_above = Quantile(pred, 2.0 / 3.0);
  const double truth_low = Quantile(truth, 1.0 / 3.0), truth_high = Quantile(truth, 2.0 / 3.0);
  std::size_t placed[3] = {0, 0, 0}, right[3] = {0, 0, 0};
  for (std::size_t i = 0; i < pred.size(); ++i) {
    const int b = Band(pred[i], m.low_below, m.high_above);
    ++placed[b];
    if (b == Band(truth[i], truth_low, truth_high)) ++right[b];
  }
  for (int b = 0; b < 3; ++b) {
    m.band_precision[b] = placed[b] == 0 ? 0.0 : static_cast<double>(right[b]) / placed[b];
  }
  for (int q = 0; q <= 100; ++q) m.quantiles.push_back(Quantile(pred, q / 100.0));

  m.metrics.split =
      fmt::format("row hash: XXH64(text|followers, seed {}) % 5 == 0 held out", options.seed);
  m.metrics.train_rows = row->train_rows;
  m.metrics.test_rows = pred.size();
  m.metrics.spearman = SpearmanCorrelation(pred, truth);
  m.metrics.pairwise_accuracy = PairwiseAccuracy(pred, truth);
  m.metrics.grouped_split = fmt::format(
      "author hash: XXH64(followers, seed {}) % 5 == 0 held out ({} train, {} test rows)",
      options.seed, grouped->train_rows, grouped->test_pred.size());
  m.metrics.grouped_spearman = SpearmanCorrelation(grouped->test_pred, grouped->test.y);
  m.metrics.grouped_pairwise_accuracy = PairwiseAccuracy(grouped->test_pred, grouped->test.y);
  const auto [within, within_pairs] = WithinAuthorPairwise(pred, row->test);
  m.metrics.within_author_pairwise_accuracy = within;
  m.metrics.within_author_pairs = within_pairs;
  return run;
}

}  // namespace repopost::score
