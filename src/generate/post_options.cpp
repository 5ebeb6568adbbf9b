#include "generate/post_options.h"

#include "core/enum_table.h"
#include "generate/post.h"

namespace repopost::generate {
namespace {
constexpr core::EnumTable<Style, 4> kStyles{{{
    {Style::kGrowth, "growth"},
    {Style::kLearning, "learning"},
    {Style::kBuildInPublic, "build-in-public"},
    {Style::kRecruiter, "recruiter"},
}}};
constexpr core::EnumTable<Tone, 3> kTones{{{
    {Tone::kMinimal, "minimal"},
    {Tone::kBalanced, "balanced"},
    {Tone::kHighEnergy, "high-energy"},
}}};
constexpr core::EnumTable<HookType, 5> kHooks{{{
    {HookType::kCuriosity, "curiosity"},
    {HookType::kBoldClaim, "bold-claim"},
    {HookType::kStory, "story"},
    {HookType::kContrarian, "contrarian"},
    {HookType::kEmotional, "emotional"},
}}};
constexpr core::EnumTable<LinkMode, 2> kLinkModes{{{
    {LinkMode::kBody, "body"},
    {LinkMode::kNone, "none"},
}}};
constexpr core::EnumTable<WriterTier, 2> kWriterTiers{{{
    {WriterTier::kLlm, "llm"},
    {WriterTier::kTemplate, "template"},
}}};
}  // namespace

std::string_view ToString(Style value) { return kStyles.Name(value); }
std::string_view ToString(Tone value) { return kTones.Name(value); }
std::string_view ToString(HookType value) { return kHooks.Name(value); }
std::string_view ToString(LinkMode value) { return kLinkModes.Name(value); }
std::string_view ToString(WriterTier value) { return kWriterTiers.Name(value); }
std::optional<Style> ParseStyle(std::string_view text) { return kStyles.Find(text); }
std::optional<Tone> ParseTone(std::string_view text) { return kTones.Find(text); }
std::optional<HookType> ParseHookType(std::string_view text) { return kHooks.Find(text); }
std::optional<LinkMode> ParseLinkMode(std::string_view text) { return kLinkModes.Find(text); }
std::string StyleChoices() { return kStyles.Choices(); }
std::string ToneChoices() { return kTones.Choices(); }
std::string HookTypeChoices() { return kHooks.Choices(); }

}  // namespace repopost::generate
