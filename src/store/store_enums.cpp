// The ToString/Parse pairs of the store's enums (declared beside their records), one EnumTable
// each, plus the DailyStats rate helpers.
#include "core/enum_table.h"
#include "store/attempt_store.h"
#include "store/batch_store.h"
#include "store/feedback_store.h"
#include "store/generation_store.h"
#include "store/stats_store.h"

namespace repopost::store {
namespace {

constexpr core::EnumTable<VersionReason, 4> kReasons{{{{VersionReason::kGenerate, "generate"},
                                                       {VersionReason::kRefine, "refine"},
                                                       {VersionReason::kManualEdit, "manual-edit"},
                                                       {VersionReason::kRewrite, "rewrite"}}}};
constexpr core::EnumTable<FeedbackType, 5> kFeedbackTypes{
    {{{FeedbackType::kEngaging, "engaging"},
      {FeedbackType::kTooGeneric, "too-generic"},
      {FeedbackType::kTooTechnical, "too-technical"},
      {FeedbackType::kRegenerate, "regenerate"},
      {FeedbackType::kWantOtherHooks, "want-other-hooks"}}}};
constexpr core::EnumTable<AttemptStatus, 2> kAttemptStatuses{
    {{{AttemptStatus::kOk, "ok"}, {AttemptStatus::kError, "error"}}}};
constexpr core::EnumTable<BatchItemState, 4> kItemStates{{{{BatchItemState::kQueued, "queued"},
                                                           {BatchItemState::kRunning, "running"},
                                                           {BatchItemState::kDone, "done"},
                                                           {BatchItemState::kDead, "dead"}}}};

double Ratio(std::int64_t part, std::int64_t whole) {
  return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

}  // namespace

std::string_view ToString(VersionReason value) { return kReasons.Name(value); }
std::optional<VersionReason> ParseVersionReason(std::string_view text) {
  return kReasons.Find(text);
}
std::string_view ToString(FeedbackType value) { return kFeedbackTypes.Name(value); }
std::optional<FeedbackType> ParseFeedbackType(std::string_view text) {
  return kFeedbackTypes.Find(text);
}
std::string FeedbackTypeChoices() { return kFeedbackTypes.Choices(); }
std::string_view ToString(AttemptStatus value) { return kAttemptStatuses.Name(value); }
std::optional<AttemptStatus> ParseAttemptStatus(std::string_view text) {
  return kAttemptStatuses.Find(text);
}
std::string_view ToString(BatchItemState value) { return kItemStates.Name(value); }
std::optional<BatchItemState> ParseBatchItemState(std::string_view text) {
  return kItemStates.Find(text);
}

double DailyStats::FallbackRate() const { return Ratio(fallbacks, generations); }
double DailyStats::UnsupportedClaimShare() const {
  return Ratio(versions_with_unsupported_claim, checked_versions);
}
double DailyStats::ErrorRate() const { return Ratio(attempt_errors, attempts); }

}  // namespace repopost::store
