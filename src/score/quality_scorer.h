// ScoreQuality: a deterministic 0-100 quality rubric for a LinkedIn post (POSTS.md), with one
// line of explanation per part. Works on any text.
//
//   score::QualityInput in{.text = post, .tone = generate::Tone::kMinimal,
//                          .safety_confidence = 0.92};
//   score::QualityScore q = score::ScoreQuality(in);
//   q.total;                       // 0..100
//   for (const auto& p : q.parts)  // hook, specificity, grounding, ...
//     std::cout << ToString(p.aspect) << " " << p.points << "/" << p.max_points << " "
//               << p.explanation << "\n";
//
// Parts that cannot be assessed (grounding without a safety confidence) are reported with
// `assessed == false` and left out of the total, which is rescaled over the assessed parts so a
// missing input neither rewards nor punishes the post. Pure and thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "generate/post_options.h"

namespace repopost::score {

enum class QualityAspect {
  kHook,
  kSpecificity,
  kGrounding,
  kReadability,
  kStructure,
  kLength,
  kHashtags,
  kCallToAction,
  kToneFit,
};

std::string_view ToString(QualityAspect aspect);
std::optional<QualityAspect> ParseQualityAspect(std::string_view text);

struct QualityPart {
  QualityAspect aspect = QualityAspect::kHook;
  double points = 0;        // 0..max_points, rounded to one decimal
  double max_points = 0;    // the part's weight; the weights sum to 100
  bool assessed = true;     // false: not part of the total (see explanation)
  std::string explanation;  // one line, no trailing period-less fragments
};

struct QualityScore {
  double total = 0;                // 0..100, rounded to one decimal
  std::vector<QualityPart> parts;  // one per QualityAspect, in enum order

  const QualityPart& Part(QualityAspect aspect) const { return parts[static_cast<int>(aspect)]; }
};

struct QualityInput {
  std::string_view text;
  std::optional<generate::Tone> tone;       // absent: judged against balanced, and said so
  std::optional<double> safety_confidence;  // 0..1 from the safety report; absent: not assessed
};

QualityScore ScoreQuality(const QualityInput& input);

}  // namespace repopost::score
