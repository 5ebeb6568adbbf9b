#include "score/engagement_model.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/enum_table.h"

namespace repopost::score {
namespace {

constexpr core::EnumTable<EngagementBand, 3> kBands{{{
    {EngagementBand::kLow, "low"},
    {EngagementBand::kMedium, "medium"},
    {EngagementBand::kHigh, "high"},
}}};

// Percentile of `raw` among the sorted quantile table, interpolated, 0..100.
double Percentile(const std::vector<double>& q, double raw) {
  if (q.size() < 2) return 50.0;
  if (raw <= q.front()) return 0.0;
  if (raw >= q.back()) return 100.0;
  auto it = std::upper_bound(q.begin(), q.end(), raw);
  const std::size_t hi = static_cast<std::size_t>(it - q.begin());
  const std::size_t lo = hi - 1;
  const double span = q[hi] - q[lo];
  const double frac = span > 0 ? (raw - q[lo]) / span : 0.5;
  return 100.0 * (static_cast<double>(lo) + frac) / static_cast<double>(q.size() - 1);
}

}  // namespace

std::string_view ToString(EngagementBand band) { return kBands.Name(band); }
std::optional<EngagementBand> ParseEngagementBand(std::string_view text) {
  return kBands.Find(text);
}

double EngagementModel::Predict(const std::vector<double>& x) const {
  double y = intercept;
  const std::size_t n = std::min(x.size(), weights.size());
  for (std::size_t i = 0; i < n; ++i) {
    const double v = std::clamp(x[i], clip_low[i], clip_high[i]);
    y += weights[i] * (v - means[i]) / scales[i];
  }
  return y;
}

EngagementEstimate EngagementModel::Estimate(std::string_view text, MediaKind media) const {
  EngagementEstimate e;
  e.raw = Predict(EngagementFeatures::Of(text, media));
  e.score = std::round(Percentile(quantiles, e.raw) * 10.0) / 10.0;
  e.band = e.raw < low_below    ? EngagementBand::kLow
           : e.raw > high_above ? EngagementBand::kHigh
                                : EngagementBand::kMedium;
  e.confidence = band_precision[static_cast<int>(e.band)];
  e.explanation = fmt::format(
      "{} expected engagement: above {:.0f}% of held-out posts; {:.0f}% of held-out posts the "
      "model put in this band truly were (a relative estimate, not a reaction count).",
      ToString(e.band), e.score, 100.0 * e.confidence);
  return e;
}

std::vector<RankedText> EngagementModel::Rank(const std::vector<std::string>& texts,
                                              MediaKind media) const {
  std::vector<RankedText> ranked;
  ranked.reserve(texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    EngagementEstimate e = Estimate(texts[i], media);
    ranked.push_back(RankedText{i, e.score, e.raw});
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const RankedText& a, const RankedText& b) { return a.raw > b.raw; });
  return ranked;
}

std::vector<RankedText> EngagementModel::RankHooks(const std::vector<std::string>& hooks,
                                                   std::string_view body, MediaKind media) const {
  std::vector<std::string> posts;
  posts.reserve(hooks.size());
  for (const std::string& hook : hooks) posts.push_back(hook + "\n\n" + std::string(body));
  return Rank(posts, media);
}

}  // namespace repopost::score
