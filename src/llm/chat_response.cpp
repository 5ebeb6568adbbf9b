#include "llm/chat_response.h"

#include "core/enum_table.h"

namespace repopost::llm {
namespace {

constexpr core::EnumTable<FinishReason, 5> kReasons{
    {{{FinishReason::kStop, "stop"},
      {FinishReason::kLength, "length"},
      {FinishReason::kContentFilter, "content_filter"},
      {FinishReason::kToolCalls, "tool_calls"},
      {FinishReason::kUnknown, "unknown"}}}};

}  // namespace

std::string_view ToString(FinishReason value) { return kReasons.Name(value); }

FinishReason ParseFinishReason(std::string_view text) {
  return kReasons.Find(text).value_or(FinishReason::kUnknown);
}

}  // namespace repopost::llm
