// Caption: one or two grounded lines to post under a demo asset ("video demo", "screenshot",
// "gif") and an alt-text description. The asset words are the user's; everything said about the
// project is a fact value from the digest.
//
//   core::Result<Rendered> caption = WriteCaption(renderer, digest, "video demo", tone, seed);
#pragma once

#include <cstdint>
#include <string_view>

#include "core/result.h"
#include "generate/fact_digest.h"
#include "generate/phrase_renderer.h"

namespace repopost::generate {

inline constexpr std::size_t kMaxCaptionAssetBytes = 60;

// Fails with kUsage when `asset` is empty, not valid UTF-8, multi-line or over 60 bytes, and with
// kInput when the digest has no project name to caption.
core::Result<Rendered> WriteCaption(const PhraseRenderer& renderer, const FactDigest& digest,
                                    std::string_view asset, Tone tone, std::uint64_t seed);

}  // namespace repopost::generate
