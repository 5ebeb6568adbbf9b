// EngagementModel: a small trained model (data/models/engagement-v1.json, embedded at build time)
// that orders posts by expected engagement from pre-publish text features. It never promises a
// number of reactions: an estimate is a percentile among held-out posts, a band (low / medium /
// high, from held-out terciles) and the band's held-out precision as its confidence.
//
//   core::Result<score::EngagementModel> model = score::EngagementModel::Embedded();
//   score::EngagementEstimate e = model->Estimate(post_text, score::MediaKind::kText);
//   e.score;   // 0..100, higher = more engagement expected than that share of held-out posts
//   e.band;    // EngagementBand::kHigh
//   std::vector<score::RankedText> order = model->Rank({version_a, version_b});
//
// The model is a ridge regression over standardised features (target: log of (reactions +
// comments + 1) per follower, centred on each author's mean, so it orders one author's posts);
// see docs/decisions/engagement-model.md and tools/train_engagement.
// Immutable after loading; every const method is thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "score/engagement_features.h"

namespace repopost::score {

enum class EngagementBand { kLow, kMedium, kHigh };
std::string_view ToString(EngagementBand band);
std::optional<EngagementBand> ParseEngagementBand(std::string_view text);

struct EngagementEstimate {
  double score = 0;  // percentile 0..100 among held-out posts' predictions
  EngagementBand band = EngagementBand::kMedium;
  double confidence = 0;    // 0..1: share of held-out posts put in this band that truly were in it
  double raw = 0;           // the model's output (log engagement per follower), for ranking only
  std::string explanation;  // one line
};

struct RankedText {
  std::size_t index = 0;  // position in the input
  double score = 0;       // the estimate's percentile score
  double raw = 0;
};

// Held-out evaluation recorded by the trainer, shown by `repopost score` and the docs.
struct EngagementMetrics {
  std::string split;  // how the held-out rows were chosen
  std::size_t train_rows = 0;
  std::size_t test_rows = 0;
  double spearman = 0;
  double pairwise_accuracy = 0;
  std::string grouped_split;  // a stricter split (whole authors held out)
  double grouped_spearman = 0;
  double grouped_pairwise_accuracy = 0;
  // On the row-hash held-out split, pairs of posts by the SAME author only: whether the text
  // orders one author's posts, with account size out of the picture.
  double within_author_pairwise_accuracy = 0;
  std::size_t within_author_pairs = 0;
};

struct EngagementModel {
  std::string name;                   // "engagement-v1"
  std::vector<std::string> features;  // must equal EngagementFeatures::Names()
  std::vector<double> means;          // per feature, for standardisation
  std::vector<double> scales;         // per feature, > 0
  std::vector<double> weights;        // per standardised feature
  std::vector<double> clip_low;       // per feature: inputs are clamped to the training
  std::vector<double> clip_high;      //   rows' 1st..99th percentile (no extrapolation)
  double intercept = 0;
  double ridge_lambda = 0;
  bool centered_by_author = false;       // trained on the author-centred target
  double low_below = 0;                  // raw prediction below this: low band
  double high_above = 0;                 // raw prediction above this: high band
  double band_precision[3] = {0, 0, 0};  // per EngagementBand, from the held-out split
  std::vector<double> quantiles;         // sorted held-out predictions at 0,1,...,100 percent
  EngagementMetrics metrics;

  // The model compiled into the binary. Fails only if the embedded file is corrupt.
  static core::Result<EngagementModel> Embedded();
  // Parses a model file; an error names the bad field. Checks the feature names and sizes.
  static core::Result<EngagementModel> FromJson(std::string_view json);
  std::string ToJson() const;

  double Predict(const std::vector<double>& features) const;
  EngagementEstimate Estimate(std::string_view text, MediaKind media = MediaKind::kText) const;
  // Texts ordered best first; ties keep input order.
  std::vector<RankedText> Rank(const std::vector<std::string>& texts,
                               MediaKind media = MediaKind::kText) const;
  // Hook alternatives ranked by the whole post each would open: hook + "\n\n" + body.
  std::vector<RankedText> RankHooks(const std::vector<std::string>& hooks, std::string_view body,
                                    MediaKind media = MediaKind::kText) const;
};

}  // namespace repopost::score
