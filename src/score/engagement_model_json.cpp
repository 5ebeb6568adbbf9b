// The model file edge: EngagementModel <-> JSON (STYLE.md 5: a wrong type or a missing field is an
// error naming the field, never a silent default).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "embedded/models.h"
#include "score/engagement_model.h"

namespace repopost::score {
namespace {

using nlohmann::json;

constexpr std::string_view kEmbeddedPath = "engagement-v1.json";

core::Error Bad(std::string_view field, std::string_view what) {
  return core::Error{core::ErrorCode::kInput,
                     fmt::format("Engagement model field \"{}\" {}.", field, what)};
}

core::Result<double> Number(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return tl::unexpected(Bad(key, "is missing"));
  if (!it->is_number()) return tl::unexpected(Bad(key, "must be a number"));
  double v = it->get<double>();
  if (!std::isfinite(v)) return tl::unexpected(Bad(key, "must be finite"));
  return v;
}

core::Result<std::string> String(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return tl::unexpected(Bad(key, "is missing"));
  if (!it->is_string()) return tl::unexpected(Bad(key, "must be a string"));
  return it->get<std::string>();
}

core::Result<std::vector<double>> Numbers(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return tl::unexpected(Bad(key, "is missing"));
  if (!it->is_array()) return tl::unexpected(Bad(key, "must be an array of numbers"));
  std::vector<double> out;
  for (const json& v : *it) {
    if (!v.is_number()) return tl::unexpected(Bad(key, "must be an array of numbers"));
    out.push_back(v.get<double>());
  }
  return out;
}

core::Result<const json*> Object(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return tl::unexpected(Bad(key, "is missing"));
  if (!it->is_object()) return tl::unexpected(Bad(key, "must be an object"));
  return &*it;
}

core::Status ReadFeatures(const json& root, EngagementModel& m) {
  auto it = root.find("features");
  if (it == root.end() || !it->is_array()) {
    return tl::unexpected(Bad("features", "must be an array of objects"));
  }
  for (const json& f : *it) {
    if (!f.is_object()) return tl::unexpected(Bad("features", "must be an array of objects"));
    auto name = String(f, "name");
    auto mean = Number(f, "mean");
    auto scale = Number(f, "scale");
    auto weight = Number(f, "weight");
    auto low = Number(f, "clip_low");
    auto high = Number(f, "clip_high");
    if (!low) return tl::unexpected(low.error());
    if (!high) return tl::unexpected(high.error());
    if (*low > *high) return tl::unexpected(Bad("features.clip_low", "must not exceed clip_high"));
    if (!name) return tl::unexpected(name.error());
    if (!mean) return tl::unexpected(mean.error());
    if (!scale) return tl::unexpected(scale.error());
    if (!weight) return tl::unexpected(weight.error());
    if (*scale <= 0) return tl::unexpected(Bad("features.scale", "must be positive"));
    m.features.push_back(*name);
    m.means.push_back(*mean);
    m.scales.push_back(*scale);
    m.weights.push_back(*weight);
    m.clip_low.push_back(*low);
    m.clip_high.push_back(*high);
  }
  auto names = EngagementFeatures::Names();
  if (m.features.size() != names.size()) {
    return tl::unexpected(Bad("features", fmt::format("has {} entries, this build computes {}",
                                                      m.features.size(), names.size())));
  }
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (m.features[i] != names[i]) {
      return tl::unexpected(Bad("features", fmt::format("entry {} is \"{}\", expected \"{}\"", i,
                                                        m.features[i], names[i])));
    }
  }
  return core::Ok();
}

core::Status ReadBands(const json& root, EngagementModel& m) {
  auto bands = Object(root, "bands");
  if (!bands) return tl::unexpected(bands.error());
  auto low = Number(**bands, "low_below");
  auto high = Number(**bands, "high_above");
  auto precision = Object(**bands, "precision");
  if (!low) return tl::unexpected(low.error());
  if (!high) return tl::unexpected(high.error());
  if (!precision) return tl::unexpected(precision.error());
  m.low_below = *low;
  m.high_above = *high;
  for (EngagementBand b : {EngagementBand::kLow, EngagementBand::kMedium, EngagementBand::kHigh}) {
    std::string key(ToString(b));
    auto p = Number(**precision, key.c_str());
    if (!p) return tl::unexpected(p.error());
    m.band_precision[static_cast<int>(b)] = *p;
  }
  return core::Ok();
}

core::Status ReadMetrics(const json& root, EngagementModel& m) {
  auto metrics = Object(root, "metrics");
  if (!metrics) return tl::unexpected(metrics.error());
  const json& j = **metrics;
  auto split = String(j, "split");
  if (!split) return tl::unexpected(split.error());
  auto grouped = String(j, "grouped_split");
  if (!grouped) return tl::unexpected(grouped.error());
  auto train = Number(j, "train_rows");
  if (!train) return tl::unexpected(train.error());
  auto test = Number(j, "test_rows");
  if (!test) return tl::unexpected(test.error());
  auto sp = Number(j, "spearman");
  if (!sp) return tl::unexpected(sp.error());
  auto pa = Number(j, "pairwise_accuracy");
  if (!pa) return tl::unexpected(pa.error());
  auto gsp = Number(j, "grouped_spearman");
  if (!gsp) return tl::unexpected(gsp.error());
  auto gpa = Number(j, "grouped_pairwise_accuracy");
  if (!gpa) return tl::unexpected(gpa.error());
  auto wpa = Number(j, "within_author_pairwise_accuracy");
  if (!wpa) return tl::unexpected(wpa.error());
  auto wpairs = Number(j, "within_author_pairs");
  if (!wpairs) return tl::unexpected(wpairs.error());
  m.metrics = EngagementMetrics{*split,
                                static_cast<std::size_t>(*train),
                                static_cast<std::size_t>(*test),
                                *sp,
                                *pa,
                                *grouped,
                                *gsp,
                                *gpa,
                                *wpa,
                                static_cast<std::size_t>(*wpairs)};
  return core::Ok();
}

}  // namespace

core::Result<EngagementModel> EngagementModel::FromJson(std::string_view text) {
  json root = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded() || !root.is_object()) {
    return core::Fail(core::ErrorCode::kInput, "Engagement model file is not a JSON object.");
  }
  EngagementModel m;
  auto name = String(root, "name");
  if (!name) return tl::unexpected(name.error());
  m.name = *name;
  auto intercept = Number(root, "intercept");
  if (!intercept) return tl::unexpected(intercept.error());
  m.intercept = *intercept;
  auto lambda = Number(root, "ridge_lambda");
  if (!lambda) return tl::unexpected(lambda.error());
  m.ridge_lambda = *lambda;
  auto centered = root.find("centered_by_author");
  if (centered == root.end() || !centered->is_boolean()) {
    return tl::unexpected(Bad("centered_by_author", "must be true or false"));
  }
  m.centered_by_author = centered->get<bool>();
  if (auto s = ReadFeatures(root, m); !s) return tl::unexpected(s.error());
  if (auto s = ReadBands(root, m); !s) return tl::unexpected(s.error());
  if (auto s = ReadMetrics(root, m); !s) return tl::unexpected(s.error());
  auto q = Numbers(root, "quantiles");
  if (!q) return tl::unexpected(q.error());
  if (q->size() < 2 || !std::is_sorted(q->begin(), q->end())) {
    return tl::unexpected(Bad("quantiles", "must be at least two ascending numbers"));
  }
  m.quantiles = std::move(*q);
  return m;
}

std::string EngagementModel::ToJson() const {
  json features = json::array();
  for (std::size_t i = 0; i < this->features.size(); ++i) {
    features.push_back(json{{"name", this->features[i]},
                            {"mean", means[i]},
                            {"scale", scales[i]},
                            {"weight", weights[i]},
                            {"clip_low", clip_low[i]},
                            {"clip_high", clip_high[i]}});
  }
  json precision = json::object();
  for (EngagementBand b : {EngagementBand::kLow, EngagementBand::kMedium, EngagementBand::kHigh}) {
    precision[std::string(ToString(b))] = band_precision[static_cast<int>(b)];
  }
  json root = {
      {"name", name},
      {"kind", "ridge"},
      {"target", centered_by_author
                     ? "log((reactions + comments + 1) / followers) minus the author's mean"
                     : "log((reactions + comments + 1) / followers)"},
      {"centered_by_author", centered_by_author},
      {"intercept", intercept},
      {"ridge_lambda", ridge_lambda},
      {"features", features},
      {"bands", {{"low_below", low_below}, {"high_above", high_above}, {"precision", precision}}},
      {"quantiles", quantiles},
      {"metrics",
       {{"split", metrics.split},
        {"train_rows", metrics.train_rows},
        {"test_rows", metrics.test_rows},
        {"spearman", metrics.spearman},
        {"pairwise_accuracy", metrics.pairwise_accuracy},
        {"grouped_split", metrics.grouped_split},
        {"grouped_spearman", metrics.grouped_spearman},
        {"grouped_pairwise_accuracy", metrics.grouped_pairwise_accuracy},
        {"within_author_pairwise_accuracy", metrics.within_author_pairwise_accuracy},
        {"within_author_pairs", metrics.within_author_pairs}}},
  };
  return root.dump(2) + "\n";
}

core::Result<EngagementModel> EngagementModel::Embedded() {
  std::optional<std::string_view> text = embedded::models::Find(kEmbeddedPath);
  if (!text) {
    return core::Fail(core::ErrorCode::kInternal,
                      "The engagement model is missing from this build.");
  }
  auto model = FromJson(*text);
  if (!model) {
    return core::Fail(core::ErrorCode::kInternal,
                      "The embedded engagement model is invalid: " + model.error().message);
  }
  return model;
}

}  // namespace repopost::score
