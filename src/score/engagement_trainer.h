// TrainEngagementModel: fits the engagement model from labelled posts, deterministically.
//
//   std::vector<score::TrainingPost> posts = ...;  // parsed from the corpus by the tool
//   core::Result<score::TrainingRun> run = score::TrainEngagementModel(posts, {});
//   run->model.ToJson();  // -> data/models/engagement-v1.json
//
// Target: log((reactions + comments + 1) / followers), centred per author for training by default
// (see TrainingOptions::center_by_author). Held-out split: a post is held out when
// XXH64(text | followers, seed) % 5 == 0 (20 %, fixed by the seed, independent of row order).
// The ridge penalty is chosen by 5-fold cross-validation on the training rows only (folds by a
// second hash), maximising mean Spearman. The shipped model is fitted on the training rows only, so
// its held-out metrics are honest. A stricter second evaluation holds out whole authors (by
// follower count, the corpus's only author key) and is reported beside it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"
#include "score/engagement_features.h"
#include "score/engagement_model.h"

namespace repopost::score {

struct TrainingPost {
  std::string text;
  MediaKind media = MediaKind::kText;
  double followers = 0;  // > 0
  double reactions = 0;
  double comments = 0;
  std::string author;  // groups posts of one author for the grouped split
};

struct TrainingOptions {
  std::uint64_t seed = 20210201;  // split and fold hashing
  std::vector<double> lambdas = {0.1, 1, 3, 10, 30, 100, 300, 1000};
  std::string name = "engagement-v1";
  // Train on the target minus the author's mean target (over training rows). Evaluation always
  // compares against the raw target.
  bool center_by_author = true;
};

struct TrainingRun {
  EngagementModel model;
  std::vector<double> cv_spearman;  // per lambda, same order as options.lambdas
};

// log((reactions + comments + 1) / followers).
double EngagementTarget(const TrainingPost& post);

// Fails (kInput) with fewer than 50 usable posts or a post without followers.
core::Result<TrainingRun> TrainEngagementModel(const std::vector<TrainingPost>& posts,
                                               const TrainingOptions& options);

}  // namespace repopost::score
