#include "safety/verdict.h"

#include "core/enum_table.h"

namespace repopost::safety {
namespace {
constexpr core::EnumTable<Verdict, 4> kVerdicts{{{
    {Verdict::kSupported, "supported"},
    {Verdict::kUnsupported, "unsupported"},
    {Verdict::kContradicted, "contradicted"},
    {Verdict::kNotAClaim, "not-a-claim"},
}}};
}  // namespace

std::string_view ToString(Verdict verdict) { return kVerdicts.Name(verdict); }
std::optional<Verdict> ParseVerdict(std::string_view text) { return kVerdicts.Find(text); }

}  // namespace repopost::safety
