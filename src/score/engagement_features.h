// EngagementFeatures: the numeric features of a post that exist BEFORE it is published (text
// shape, hook, emoji, hashtags, numbers, person, call to action, links, media kind). The trainer
// and the runtime compute them with this one function, so a model can never see features the
// runtime computes differently; the model file stores the names and the loader checks them.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace repopost::score {

// What is attached to the post. The training data calls a text or link post "article".
enum class MediaKind { kText, kImage, kVideo };
std::string_view ToString(MediaKind kind);
std::optional<MediaKind> ParseMediaKind(std::string_view text);

class EngagementFeatures {
 public:
  // Feature names in vector order ("log_words", "hook_fits_fold", ...).
  static std::span<const std::string_view> Names();
  // One value per name. Pure; safe on any input (invalid UTF-8 is repaired).
  static std::vector<double> Of(std::string_view text, MediaKind media);
};

}  // namespace repopost::score
