#include "generate/caption.h"

#include <cctype>

#include "text/utf8.h"

namespace repopost::generate {
namespace {

// "video demo" -> "A video demo", "screenshot" -> "A screenshot", "gif" -> "A GIF".
std::string AssetNounPhrase(std::string asset) {
  if (asset == "gif" || asset == "Gif") asset = "GIF";
  const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(asset[0])));
  const bool vowel = first == 'a' || first == 'e' || first == 'i' || first == 'o' || first == 'u';
  return std::string(vowel ? "an " : "a ") + asset;
}

void AppendLine(Rendered& out, const Rendered& line) {
  if (!out.text.empty()) out.text += '\n';
  out.text += line.text;
  for (const std::string& id : line.fact_ids) out.fact_ids.push_back(id);
}

}  // namespace

core::Result<Rendered> WriteCaption(const PhraseRenderer& renderer, const FactDigest& digest,
                                    std::string_view asset, Tone tone, std::uint64_t seed) {
  const std::string clean = CleanInline(asset);
  if (clean.empty() || !text::IsValidUtf8(asset) || asset.find('\n') != std::string_view::npos ||
      asset.size() > kMaxCaptionAssetBytes) {
    return core::Fail(core::ErrorCode::kUsage,
                      "the caption asset must be one short line of text, like \"video demo\"");
  }
  if (!digest.Has("project")) {
    return core::Fail(core::ErrorCode::kInput, "there is no project name to write a caption about");
  }
  SlotMap slots = digest.slots;
  std::string noun = AssetNounPhrase(clean);
  std::string cap = clean == "gif" ? std::string("GIF") : clean;
  cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
  slots["asset_cap"] = Slot{cap, {}};
  slots["asset_np"] = Slot{noun, {}};

  Rendered out;
  if (std::optional<Rendered> line = renderer.Pick("caption.line", tone, slots, seed)) {
    AppendLine(out, *line);
  }
  if (std::optional<Rendered> line = renderer.Pick("caption.try", tone, slots, seed)) {
    AppendLine(out, *line);
  }
  if (std::optional<Rendered> line = renderer.Pick("caption.alt", tone, slots, seed)) {
    AppendLine(out, *line);
  }
  return out;
}

}  // namespace repopost::generate
