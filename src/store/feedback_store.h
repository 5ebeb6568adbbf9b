// FeedbackStore: what users said about a version.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace repopost::store {

enum class FeedbackType { kEngaging, kTooGeneric, kTooTechnical, kRegenerate, kWantOtherHooks };
std::string_view ToString(FeedbackType value);
std::optional<FeedbackType> ParseFeedbackType(std::string_view text);
std::string FeedbackTypeChoices();  // "engaging|too-generic|…"

struct Feedback {
  std::string id;             // "f_…"; assigned by the store when empty
  std::string version_id;     // required; must exist (kNotFound)
  std::string generation_id;  // set by the store from the version
  FeedbackType type = FeedbackType::kEngaging;
  std::optional<int> rating;  // 1..5 (kInput otherwise)
  std::string comment;
  std::chrono::system_clock::time_point created_at{};  // set by the store
};

class FeedbackStore {
 public:
  virtual ~FeedbackStore() = default;
  virtual core::Result<Feedback> AddFeedback(const Feedback& feedback) = 0;
  // Oldest first.
  virtual core::Result<std::vector<Feedback>> ListFeedback(const std::string& generation_id) = 0;
};

}  // namespace repopost::store
