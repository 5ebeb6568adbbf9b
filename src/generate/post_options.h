// What the user asks for: style, tone, hook type and the LinkedIn options. Shared by the template
// writer and the LLM writer; their wording for each value lives in the spec table (spec_table.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace repopost::generate {

enum class Style { kGrowth, kLearning, kBuildInPublic, kRecruiter };
enum class Tone { kMinimal, kBalanced, kHighEnergy };
enum class HookType { kCuriosity, kBoldClaim, kStory, kContrarian, kEmotional };
enum class LinkMode { kBody, kNone };

std::string_view ToString(Style value);
std::string_view ToString(Tone value);
std::string_view ToString(HookType value);
std::string_view ToString(LinkMode value);
std::optional<Style> ParseStyle(std::string_view text);
std::optional<Tone> ParseTone(std::string_view text);
std::optional<HookType> ParseHookType(std::string_view text);
std::optional<LinkMode> ParseLinkMode(std::string_view text);
// "growth|learning|build-in-public|recruiter" etc., for usage text and error messages.
std::string StyleChoices();
std::string ToneChoices();
std::string HookTypeChoices();

struct PostOptions {
  Style style = Style::kGrowth;
  Tone tone = Tone::kBalanced;
  HookType hook = HookType::kCuriosity;
  bool hashtags = true;
  std::string caption_asset;  // "" = no caption; otherwise "video demo", "screenshot", ...
  LinkMode link = LinkMode::kBody;
  std::uint64_t seed = 0;
};

}  // namespace repopost::generate
