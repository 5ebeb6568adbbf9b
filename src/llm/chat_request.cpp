#include "llm/chat_request.h"

#include "core/enum_table.h"

namespace repopost::llm {
namespace {

constexpr core::EnumTable<Role, 3> kRoles{
    {{{Role::kSystem, "system"}, {Role::kUser, "user"}, {Role::kAssistant, "assistant"}}}};

constexpr core::EnumTable<ResponseFormatKind, 3> kFormats{
    {{{ResponseFormatKind::kNone, "none"},
      {ResponseFormatKind::kJsonObject, "json_object"},
      {ResponseFormatKind::kJsonSchema, "json_schema"}}}};

}  // namespace

std::string_view ToString(Role value) { return kRoles.Name(value); }

core::Result<Role> ParseRole(std::string_view text) {
  if (auto role = kRoles.Find(text)) return *role;
  return core::Fail(core::ErrorCode::kInput, "unknown role \"" + std::string(text) +
                                                 "\" (expected " + kRoles.Choices() + ")");
}

std::string_view ToString(ResponseFormatKind value) { return kFormats.Name(value); }

core::Result<ResponseFormatKind> ParseResponseFormatKind(std::string_view text) {
  if (auto kind = kFormats.Find(text)) return *kind;
  return core::Fail(core::ErrorCode::kInput, "unknown response format \"" + std::string(text) +
                                                 "\" (expected " + kFormats.Choices() + ")");
}

}  // namespace repopost::llm
