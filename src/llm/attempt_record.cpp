#include "llm/attempt_record.h"

#include "core/enum_table.h"

namespace repopost::llm {
namespace {

constexpr core::EnumTable<AttemptAction, 5> kActions{{{{AttemptAction::kAnswered, "answered"},
                                                       {AttemptAction::kRetried, "retried"},
                                                       {AttemptAction::kFellBack, "fell_back"},
                                                       {AttemptAction::kSkipped, "skipped"},
                                                       {AttemptAction::kStopped, "stopped"}}}};

}  // namespace

std::string_view ToString(AttemptAction value) { return kActions.Name(value); }

core::Result<AttemptAction> ParseAttemptAction(std::string_view text) {
  if (auto action = kActions.Find(text)) return *action;
  return core::Fail(core::ErrorCode::kInput, "unknown attempt action \"" + std::string(text) +
                                                 "\" (expected " + kActions.Choices() + ")");
}

}  // namespace repopost::llm
